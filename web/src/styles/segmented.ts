// Styles of Mantine's SegmentedControl, imported by the screens that show one (not by the first screen).
import '@mantine/core/styles/FloatingIndicator.css';
import '@mantine/core/styles/SegmentedControl.css';
