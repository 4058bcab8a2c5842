import { Text } from '@fluentui/react-components';

/** Placeholder until the view is built. */
export default function ActivityLogView() {
  return <Text>ActivityLogView</Text>;
}
