import { startMockApi } from 'meu-espaco/mocks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// the demo backend first: msw must be active before the widgets' first request
await startMockApi({ quiet: true });
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
