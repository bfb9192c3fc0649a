// The toast container, loaded after first paint: toasts only follow user actions.
import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

export default function Toaster() {
  return <Notifications position="bottom-right" />;
}
