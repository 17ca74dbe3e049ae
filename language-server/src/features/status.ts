// `consentry/status`: the server's state and the finding counts per app, for the extension's status item.
// Sent when the state changes and, coalesced, after diagnostics are published.
import { basename } from 'node:path';
import { STATUS_NOTIFICATION, type AppCounts, type ServerState, type StatusParams } from '../protocol.js';
import type { ServerContext } from './context.js';

export class StatusReporter {
  private state: ServerState = 'starting';
  private message: string | undefined;
  private pending: NodeJS.Immediate | undefined;
  private lastSent = '';

  constructor(private readonly ctx: ServerContext) {}

  setState(state: ServerState, message?: string): void {
    this.state = state;
    this.message = message;
    this.sendNow();
  }

  /** Counts changed: send once the current burst of publications is over (next turn of the event loop). */
  countsChanged(): void {
    if (this.pending) return;
    this.pending = setImmediate(() => {
      this.pending = undefined;
      this.sendNow();
    });
  }

  snapshot(): StatusParams {
    const apps = new Map<string, AppCounts>();
    const totals = { errors: 0, warnings: 0, files: 0 };
    for (const state of this.ctx.states.values()) {
      const { errorCount, warningCount } = state.result;
      let app = apps.get(state.appRoot);
      if (!app) {
        app = { root: state.appRoot, name: basename(state.appRoot), errors: 0, warnings: 0, files: 0 };
        apps.set(state.appRoot, app);
      }
      app.errors += errorCount;
      app.warnings += warningCount;
      totals.errors += errorCount;
      totals.warnings += warningCount;
      if (errorCount + warningCount > 0) {
        app.files++;
        totals.files++;
      }
    }
    return {
      state: this.state,
      ...(this.message ? { message: this.message } : {}),
      apps: [...apps.values()].sort((a, b) => a.root.localeCompare(b.root)),
      totals,
      usingProjectConfig: this.ctx.usingProjectConfig(),
      workspaceTrusted: this.ctx.trusted,
    };
  }

  dispose(): void {
    if (this.pending) clearImmediate(this.pending);
    this.pending = undefined;
  }

  private sendNow(): void {
    if (this.pending) {
      clearImmediate(this.pending);
      this.pending = undefined;
    }
    const params = this.snapshot();
    const key = JSON.stringify(params);
    if (key === this.lastSent) return;
    this.lastSent = key;
    this.ctx.connection.sendNotification(STATUS_NOTIFICATION, params).catch((error) => this.ctx.error('status notification failed', error));
  }
}
