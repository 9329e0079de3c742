// Entry of recovery.html: the page the main process loads when the app's page process is gone.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RecoveryScreen } from './RecoveryScreen';
import { parseRendererGone } from './describe';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import '../styles/surfaces.css';
import './recovery.css';

const root = document.getElementById('root');
if (!root) throw new Error('recovery.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <RecoveryScreen
      gone={parseRendererGone(window.location.search)}
      onReload={() => window.location.replace('./index.html')}
    />
  </StrictMode>,
);
