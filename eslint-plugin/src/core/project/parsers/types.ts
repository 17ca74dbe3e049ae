// What a config-file parser hands back to the model.
import type { ConfigProblem, Declaration } from '../../types.js';

export interface FileParseOutput {
  declarations: Declaration[];
  problems: ConfigProblem[];
  /** The file could not be read at all: its platform's declarations are unknown, not absent. */
  unreadable: boolean;
}
