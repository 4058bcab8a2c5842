import { Text } from '@fluentui/react-components';

/** Placeholder until the view is built. */
export default function RestlistaView() {
  return <Text>RestlistaView</Text>;
}
