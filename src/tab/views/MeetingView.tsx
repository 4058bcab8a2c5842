import { Text } from '@fluentui/react-components';

/** Placeholder until the view is built. */
export default function MeetingView() {
  return <Text>MeetingView</Text>;
}
