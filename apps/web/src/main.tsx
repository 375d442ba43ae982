import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod';
import { zhCN as zodZhCN } from 'zod/locales';
import { App } from './App';
import { bootstrapSession } from './auth/actions';
import { loadMessages, storedLocale } from './locales';
import './styles.css';

// Zod's built-in messages (for schema rules without a custom message) in Chinese.
configureZod(zodZhCN());

// Trade the refresh cookie for an access token once, before the first render.
bootstrapSession();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The first screen in the language chosen last (zh-CN's sign-in texts come with this bundle; English is fetched first).
loadMessages(storedLocale()).then(render, (e: unknown) => {
  console.error(e);
  render();
});
