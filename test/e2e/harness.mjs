// Shared harness of the browser end-to-end tests: builds the workbench when stale, starts its
// server on a free loopback port, drives Debian's Chromium with playwright-core, counts the
// clicks and keystrokes a person would make (free text excluded) and writes screenshots.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureBuilt } from '../../workbench/build/ensureBuilt.mjs';
import { startWorkbench } from '../../workbench/server/startWorkbench.mjs';

export const CHROMIUM_PATH = process.env.PLAYBOOKS_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
];
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = join(projectRoot, 'docs', 'screenshots');

/**
 * The `skip` option for a browser suite: a reason to skip when Chromium is missing, or false.
 * With PLAYBOOKS_REQUIRE_BROWSER=1 a missing Chromium is not skipped but fails the suite.
 */
export function browserSkipReason() {
    if (existsSync(CHROMIUM_PATH)) return false;
    if (process.env.PLAYBOOKS_REQUIRE_BROWSER === '1') return false;
    return `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
}

function assertBrowserPresent() {
    if (!existsSync(CHROMIUM_PATH)) {
        throw new Error(
            `PLAYBOOKS_REQUIRE_BROWSER=1 but Chromium is missing at ${CHROMIUM_PATH}: apt-get install -y chromium`
        );
    }
}

/**
 * Counts what a person does: clicks and keystrokes outside free text, and the operations in order, from which
 * scripts/bench/klm.mjs computes the keystroke-level time.
 */
export class Agent {
    constructor(page) {
        this.page = page;
        this.clicks = 0;
        this.keystrokes = 0;
        this.operations = [];
        this.choosing = false;
    }

    async click(locator) {
        this.clicks += 1;
        if (!this.choosing) this.operations.push({ kind: 'click' });
        await locator.click();
    }

    async press(key) {
        this.keystrokes += 1;
        this.operations.push({ kind: 'key' });
        await this.page.keyboard.press(key);
    }

    /** Free text (notes, comments): typed, but not counted as effort the design can save. */
    async writeFreeText(locator, text) {
        await locator.fill(text);
    }

    /** Structured input (a score, a date): every character counts. */
    async type(locator, text) {
        this.keystrokes += text.length;
        if (text.length) this.operations.push({ kind: 'type', keys: text.length });
        await locator.pressSequentially(text);
    }

    /** A lightning-combobox choice: open it, pick the option (two clicks, one decision). */
    async choose(combobox, optionLabel) {
        this.operations.push({ kind: 'choose' });
        this.choosing = true;
        try {
            await this.click(combobox.locator('button[role="combobox"], input[role="combobox"]').first());
            await this.click(combobox.locator('lightning-base-combobox-item', { hasText: optionLabel }).first());
        } finally {
            this.choosing = false;
        }
    }

    effort() {
        return { clicks: this.clicks, keystrokes: this.keystrokes, operations: [...this.operations] };
    }
}

/**
 * Starts the workbench (building it when stale) and a browser.
 * @returns {Promise<{ baseUrl: string, browser: import('playwright-core').Browser, newPage: Function, api: Function, close: Function }>}
 */
export async function startSession({ withBrowser = true } = {}) {
    if (withBrowser) assertBrowserPresent();
    await ensureBuilt({ log: () => {} });
    const workbench = await startWorkbench({ port: 0 });
    const browser = withBrowser
        ? await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true })
        : null;
    const contexts = [];

    async function newPage(path = '/', { viewport = { width: 1440, height: 960 } } = {}) {
        const context = await browser.newContext({ viewport, baseURL: workbench.url, timezoneId: 'America/New_York' });
        contexts.push(context);
        const page = await context.newPage();
        page.errors = [];
        page.on('pageerror', (error) => page.errors.push(error));
        await page.goto(path);
        return { page, agent: new Agent(page), context };
    }

    /** A JSON call to the workbench API (as the tests or the benchmark, not as the browser); `asUser` is a user id. */
    async function api(method, path, body, { asUser } = {}) {
        const response = await fetch(new URL(path, workbench.url), {
            method,
            headers: { 'Content-Type': 'application/json', ...(asUser ? { Cookie: `workbench_user=${asUser}` } : {}) },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        const text = await response.text();
        return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
    }

    async function close() {
        for (const context of contexts) await context.close().catch(() => {});
        await browser?.close();
        await workbench.close();
    }

    const users = workbench.org.users();
    const userId = (key) => users.find((user) => user.key === key).id;

    // `workbench.org` is the server's org gateway (its `.org` the spec's InMemoryOrg), for the setup
    // a test cannot do through the UI: settings overrides, another department closing a case.
    return { baseUrl: workbench.url, browser, newPage, api, close, userId, workbench };
}

export async function screenshot(page, name) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    return file;
}

/** Waits until the queue page has rendered its rows. */
export async function waitForQueue(page) {
    await page.locator('wb-queue-page tr.queue-row').first().waitFor();
}

/** Waits until a record page shows its record. */
export async function waitForRecordPage(page) {
    await page.locator('wb-record-page .record-title').filter({ hasText: /\S/ }).waitFor();
}

/** The workbench server's view of the org: records of one object by Id. */
export async function recordsById(api, sobject) {
    const { body } = await api('GET', `/api/records?sobject=${sobject}`);
    return new Map(body.map((record) => [record.Id, record]));
}

/** Skips the suite when Chromium is absent, unless CI requires it (then startSession fails). */
export const browserSuite = { skip: browserSkipReason(), timeout: 120_000 };

/**
 * Runs one scenario of a scenario library (test/e2e/scenarios/*.mjs) in its own browser context and
 * checks what every scenario must leave behind: no script error on the page, and effort counted.
 */
export async function runScenario(session, scenario) {
    const { page, agent, context } = await session.newPage('about:blank');
    page.setDefaultTimeout(15_000);
    try {
        await scenario.run({ page, agent, workbench: session, capture: (name) => screenshot(page, name) });
        assert.deepEqual(page.errors, [], 'no script errors on the page');
        assert.ok(agent.effort().clicks > 0, 'the agent clicked');
    } finally {
        await context.close();
    }
}

/**
 * Every manual step a scenario compares against cites its procedure lines and its clicks (at least
 * `minClicks`: 0 where a library counts reading steps that need no click).
 */
export function assertCitesProcedure(scenario, { component, file, minClicks = 1 }) {
    assert.equal(scenario.component, component);
    assert.match(scenario.procedure.file, file);
    assert.ok(scenario.procedure.manualSteps.length > 0, `${scenario.id} lists the manual steps`);
    for (const step of scenario.procedure.manualSteps) {
        assert.match(String(step.lines), /^\d+(-\d+)?(; \d+(-\d+)?)*$/, `${scenario.id}: ${step.step}`);
        assert.ok(Number.isInteger(step.clicks) && step.clicks >= minClicks, `${scenario.id}: ${step.step} clicks`);
    }
}
