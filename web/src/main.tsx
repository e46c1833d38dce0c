import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiLanguage } from './api.ts';
import { App } from './App.tsx';
import { storedLanguage } from './i18n/index.ts';
import './styles.css';

setApiLanguage(storedLanguage());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
