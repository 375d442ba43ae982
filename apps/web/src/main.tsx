import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import { bootstrapSession } from './auth/actions';
import './styles.css';

// Zod's built-in messages (for schema rules without a custom message) in Chinese.
z.config(z.locales.zhCN());

// Trade the refresh cookie for an access token once, before the first render.
bootstrapSession();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
