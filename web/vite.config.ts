import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// This folder, whatever the working directory (npm install, the server's first start, a developer).
const here = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/^\/([A-Za-z]:)/, '$1');

export default defineConfig(({ command }) => ({
  root: here,
  base: '/',
  plugins: [react()],
  // A build is always a production build of React, even when the caller's NODE_ENV says
  // otherwise (the server building it on first start under NODE_ENV=test, for instance).
  ...(command === 'build'
    ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') }, oxc: { jsx: { development: false } } }
    : {}),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // React in a chunk of its own, which changes only when React does, and the libraries of the
    // app's plumbing (router, data cache, forms, zod) in another; the graph library is loaded on
    // demand by the group network page.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'libraries', test: /node_modules[\\/](react-router|@tanstack|react-hook-form|@hookform|@standard-schema|zod|cookie|set-cookie-parser)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
}));
