/** A before / after example of a command's migration, taken from a golden fixture. */
import type { CatalogueLibrary } from './catalogue.js';

export interface CommandExample {
  readonly library: CatalogueLibrary;
  /** The golden case it comes from, relative to fixtures/. */
  readonly fixture: string;
  readonly before: string;
  readonly after: string;
}
