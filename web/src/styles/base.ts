// Mantine styles needed by the shell and the login and home pages (the entry chunk).
// Per-component files instead of @mantine/core/styles.css (≈290 kB raw) keep the first load light;
// route chunks import the rest from ./data.ts. Order matters: global files first, then components.
// Not default-css-variables.css (27 kB raw): MantineProvider writes every variable itself (app/App.tsx,
// `deduplicateCssVariables={false}`) from the code the first screen carries anyway (issue 20, "Bytes").
// SegmentedControl's styles come with the screens that use one (styles/segmented.ts).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/Container.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Card.css';
import './app.css';
