import type { Messages } from './messages';

// Typed message keys for next-intl: a missing or misspelt key is a type error.
declare module 'next-intl' {
  interface AppConfig {
    Messages: Messages;
  }
}
