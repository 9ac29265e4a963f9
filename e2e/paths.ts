import path from 'node:path';

// One data folder and database port per E2E_PORT, so parallel e2e runs never share a database.
export const e2ePort = () => Number(process.env.E2E_PORT ?? 3100);
export const e2ePgPort = () => process.env.EMBEDDED_PG_PORT ?? String(54339 + (e2ePort() - 3100) / 100);
export const e2eDataDir = () => path.resolve(__dirname, '..', '.data', `e2e-${e2ePort()}`);
