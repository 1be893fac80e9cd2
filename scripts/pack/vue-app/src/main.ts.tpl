import { startMockApi } from 'meu-espaco/mocks';
import { createApp } from 'vue';
import App from './App.vue';

// the demo backend first: msw must be active before the widgets' first request
await startMockApi({ quiet: true });
createApp(App).mount('#app');
