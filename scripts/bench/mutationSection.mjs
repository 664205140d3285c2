// The "Mutation score of the conformance vectors" section of docs/benchmark.md comes from `npm run mutate`
// (StrykerJS, about an hour on two shared cores), not from `npm run bench`: when the bench rewrites the file it
// keeps that section as it was, so a bench run never loses the last mutation figures.
export const MUTATION_HEADING = '## Mutation score of the conformance vectors';

/** The mutation section of an earlier docs/benchmark.md (the heading to the end of the file), or '' when it has none. */
export function mutationSectionOf(previous) {
    const at = previous.indexOf(`\n${MUTATION_HEADING}\n`);
    return at < 0 ? '' : previous.slice(at + 1);
}

/** The bench report followed by the kept mutation section, separated by one blank line. */
export function withMutationSection(report, previous) {
    const section = mutationSectionOf(previous);
    return section ? `${report.trimEnd()}\n\n${section}` : report;
}
