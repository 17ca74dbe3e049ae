// `consentry/status`: the server's state and the finding counts per app, for the extension's status item.
// Sent when the state changes and, coalesced, after diagnostics are published.
import { basename } from 'node:path';
import { STATUS_NOTIFICATION, type AppCounts, type ServerState, type StatusParams } from '../protocol.js';
import type { ServerContext } from './context.js';

/**
 * The least time between two count snapshots. A snapshot walks every file state, and a workspace check publishes
 * thousands of files one by one: one snapshot per publication was quadratic (121 ms of a 3,162-file check).
 */
const STATUS_INTERVAL_MS = 100;

export class StatusReporter {
  private state: ServerState = 'starting';
  private message: string | undefined;
  private cancelPending: (() => void) | undefined;
  private lastSent = '';
  private lastSnapshotAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly ctx: ServerContext) {}

  setState(state: ServerState, message?: string): void {
    this.state = state;
    this.message = message;
    this.sendNow();
  }

  /**
   * Counts changed: send once the current burst of publications is over (next turn of the event loop), and during a
   * long burst at most every STATUS_INTERVAL_MS, always with a last send after it.
   */
  countsChanged(): void {
    if (this.cancelPending) return;
    const send = () => {
      this.cancelPending = undefined;
      this.sendNow();
    };
    const wait = this.lastSnapshotAt + STATUS_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      const immediate = setImmediate(send);
      this.cancelPending = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(send, wait);
      this.cancelPending = () => clearTimeout(timer);
    }
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
    this.cancelPending?.();
    this.cancelPending = undefined;
  }

  private sendNow(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
    this.lastSnapshotAt = performance.now();
    const params = this.snapshot();
    const key = JSON.stringify(params);
    if (key === this.lastSent) return;
    this.lastSent = key;
    this.ctx.connection.sendNotification(STATUS_NOTIFICATION, params).catch((error) => this.ctx.error('status notification failed', error));
  }
}
