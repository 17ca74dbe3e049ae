// Driving the VS Code workbench (1.139, as served by code-server) through its DOM. Every wait is on DOM state.
// Selectors: see shared/reference/vscode-e2e.md.

export const SELECTORS = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget input',
  quickInputRow: '.quick-input-list .monaco-list-row',
  editorText: '.editor-instance .monaco-editor .view-lines',
  errorSquiggle: '.editor-instance .monaco-editor .squiggly-error',
  warningSquiggle: '.editor-instance .monaco-editor .squiggly-warning',
  anySquiggle: '.editor-instance .monaco-editor :is(.squiggly-error, .squiggly-warning)',
  hover: '.monaco-hover:not(.hidden)',
  lightBulb: '.editor-instance .lightBulbWidget',
  actionRow: '.action-widget .monaco-list-row',
  markersRow: '.markers-panel .monaco-list-row',
  problemsStatus: '[id="status.problems"]',
  languageStatus: '[id="status.languageStatus"]',
  languageStatusHover: '.hover-language-status',
  activeTab: '.tabs-container .tab.active',
  notification: '.notifications-toasts .notification-toast',
};

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, timeout = 30_000) {
    this.page = page;
    this.timeout = timeout;
  }

  async open(url, folder) {
    await this.page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await this.page.locator(SELECTORS.workbench).waitFor({ timeout: 60_000 });
  }

  async waitForExplorerEntry(name) {
    await this.page.locator(SELECTORS.explorerRow, { hasText: name }).first().waitFor({ timeout: 60_000 });
  }

  /** Quick open (Ctrl+P) a file by its workspace-relative path, e.g. 'expo-camera/app/scan.tsx'. */
  async openFile(path) {
    const name = path.split('/').pop();
    const folder = path.split('/').slice(0, -1).join('/');
    const exactName = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await this.dismissWidgets();
    await this.page.keyboard.press('Control+P');
    const box = this.page.locator(SELECTORS.quickInputBox);
    await box.waitFor();
    await box.fill(path);
    // The row of exactly this file: 'app.js' must not pick 'app.json', nor another app's file of the same name.
    const row = this.page
      .locator(SELECTORS.quickInputRow)
      .filter({ has: this.page.locator('.label-name', { hasText: exactName }) })
      .filter({ has: this.page.locator('.label-description', { hasText: folder }) });
    await row.first().click();
    // The active tab names the file; its icon label's aria-label starts with the absolute path (then the problems).
    const tab = `${SELECTORS.activeTab}[data-resource-name=${JSON.stringify(name)}]`;
    await this.page.locator(`${tab} .monaco-icon-label[aria-label*=${JSON.stringify(`/${path}`)}]`).waitFor();
    await this.page.locator(SELECTORS.editorText).first().waitFor();
    await this.page.locator(SELECTORS.quickInput).waitFor({ state: 'hidden' });
  }

  /** Run a command from the command palette by its title (then, optionally, pick `choice` in the quick pick it opens). */
  async runCommand(title, choice) {
    await this.dismissWidgets();
    await this.page.keyboard.press('F1');
    const box = this.page.locator(SELECTORS.quickInputBox);
    await box.waitFor();
    await box.fill(`>${title}`);
    await this.page.locator(SELECTORS.quickInputRow, { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
    if (choice !== undefined) {
      await this.page.locator(SELECTORS.quickInputRow, { hasText: choice }).first().click();
    }
    await this.page.locator(SELECTORS.quickInput).waitFor({ state: 'hidden' });
  }

  /**
   * Close open widgets (Escape) with the keyboard focus in the workbench. After a webview (the Markdown preview)
   * closes, the focus can be left on nothing, and keyboard shortcuts go nowhere: then focus the active editor tab.
   */
  async dismissWidgets() {
    const focused = await this.page.evaluate(() => {
      const active = document.activeElement;
      return Boolean(active && active !== document.body && active.tagName !== 'IFRAME');
    });
    if (!focused) await this.page.locator(`${SELECTORS.activeTab}, .explorer-folders-view`).first().click();
    for (let i = 0; i < 2; i++) await this.page.keyboard.press('Escape');
  }

  async showProblems() {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor();
    }
  }

  /** Texts of the Problems rows (file rows and marker rows, in order). */
  async problemRows() {
    await this.showProblems();
    return this.page.locator(SELECTORS.markersRow).allInnerTexts();
  }

  /** Problems rows whose text matches (a locator: wait on it with waitFor, attached or detached). */
  problemRow(pattern) {
    return this.page.locator(SELECTORS.markersRow).filter({ hasText: pattern });
  }

  /** Counts shown by the Problems item of the status bar: { errors, warnings }. */
  async problemsStatusCounts() {
    const label = (await this.page.locator(SELECTORS.problemsStatus).getAttribute('aria-label')) ?? '';
    const text = `${label} ${await this.page.locator(SELECTORS.problemsStatus).innerText()}`;
    // aria-label: "Errors: 2, Warnings: 1" (or "No Problems").
    const errors = Number(/errors?:\s*(\d+)/i.exec(text)?.[1] ?? 0);
    const warnings = Number(/warnings?:\s*(\d+)/i.exec(text)?.[1] ?? 0);
    return { errors, warnings, text: text.trim() };
  }

  /**
   * Hover each squiggle of the active editor with the mouse until a hover containing every one of `texts` shows
   * (the diagnostic part comes first, the server's hover a moment later). Returns the hover's text and the squiggle.
   */
  async hoverSquiggleWith(texts, squiggleSelector = SELECTORS.anySquiggle) {
    const squiggles = this.page.locator(squiggleSelector);
    await squiggles.first().waitFor({ timeout: this.timeout });
    const count = await squiggles.count();
    const seen = [];
    for (let i = 0; i < count; i++) {
      const box = await squiggles.nth(i).boundingBox();
      if (!box) continue;
      // Start away from the editor: a hover only opens on a mouse move onto the squiggle.
      await this.page.mouse.move(0, 0);
      await this.page.locator(SELECTORS.hover).first().waitFor({ state: 'hidden' }).catch(() => {});
      await this.page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 2 });
      let hover = this.page.locator(SELECTORS.hover);
      for (const text of texts) hover = hover.filter({ hasText: text });
      try {
        await hover.first().waitFor({ timeout: 8000 });
        return { text: await hover.first().innerText(), box };
      } catch {
        seen.push(await this.page.locator(SELECTORS.hover).allInnerTexts().catch(() => []));
      }
    }
    await this.page.mouse.move(0, 0);
    throw new Error(`no hover with ${JSON.stringify(texts)} on ${count} squiggle(s); hovers seen: ${JSON.stringify(seen).slice(0, 800)}`);
  }

  /** Put the cursor at a 1-based line and column of the active editor (Go to Line, Ctrl+G). */
  async goTo(line, column) {
    await this.dismissWidgets();
    await this.page.keyboard.press('Control+G');
    const box = this.page.locator(SELECTORS.quickInputBox);
    await box.waitFor();
    await box.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator(SELECTORS.quickInput).waitFor({ state: 'hidden' });
  }

  /** With the cursor on a diagnostic: wait for the light bulb, open the quick fixes and apply the matching one. */
  async applyQuickFix(titlePattern) {
    await this.page.locator(SELECTORS.lightBulb).first().waitFor({ state: 'visible', timeout: this.timeout });
    await this.page.keyboard.press('Control+.');
    const row = this.page.locator(SELECTORS.actionRow).filter({ hasText: titlePattern });
    await row.first().waitFor({ timeout: this.timeout }).catch(async (error) => {
      const titles = await this.page.locator(SELECTORS.actionRow).allInnerTexts();
      throw new Error(`no quick fix matching ${titlePattern}; offered: ${JSON.stringify(titles)} (${error.message.split('\n')[0]})`);
    });
    const title = (await row.first().innerText()).trim();
    await row.first().click();
    return title;
  }

  /** Texts of the language status items (the `{}` entry of the status bar, opened as a hover). */
  async languageStatusTexts(filter) {
    await this.dismissWidgets();
    const entry = this.page.locator(SELECTORS.languageStatus);
    await entry.waitFor({ timeout: this.timeout });
    await entry.click();
    const item = this.page.locator(SELECTORS.languageStatusHover).filter({ hasText: filter });
    await item.first().waitFor({ timeout: this.timeout });
    return item.allInnerTexts();
  }
}
