// Helpers shared by every jest test (imported as 'test/jest/testUtils').

/** Resolves after every pending promise callback (e.g. an Apex call's then) has run. */
export function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Removes every element the test appended to document.body. */
export function resetDom(): void {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}
