// The agent's time by the keystroke-level model (KLM) of Card, Moran and Newell: the sum of operator times over
// what the agent does, with the package (the operations the harness Agent recorded while the scenario ran) and by
// hand (the scenario's manual steps).
//
// Operator times:
// - K, a keystroke: 0.28 s, the "average non-secretary typist (40 wpm)" of the model's range (0.08 s for the best
//   typist to 1.20 s for the worst); the keys counted here are short structured values (a score, a date, a time).
// - P, pointing with the mouse to a target on the display: 1.10 s (0.8 to 1.5 s by Fitts's law, 1.1 s average);
//   it does not include the button press that follows.
// - H, homing the hand on the keyboard or the mouse: 0.40 s.
// - M, mentally preparing: 1.35 s.
//   Card, Moran and Newell, "The Keystroke-Level Model for User Performance Time with Interactive Systems",
//   Communications of the ACM 23(7), 1980, pp. 396-410, Figure 1 (operators and times).
// - B, pressing or releasing a mouse button: 0.10 s; a click is BB, 0.20 s. Card, Moran and Newell, The Psychology
//   of Human-Computer Interaction (1983), chapter 8 (the 1980 paper counts the click as a 0.2 s button press).
// - R, the system's response, is left out: the workbench's server is local and in memory, so its times say nothing
//   about an org (the benchmark reports the time to interactive apart).
//
// Where the M operators go follows the heuristic rules of the 1980 paper (Figure 2): one M before each command the
// agent chooses (rule 0); none between pointing and its click, which the point anticipates (rule 1); one for a
// choice made with two clicks, opening a list and picking in it, and one for a typed value, each a cognitive unit
// (rule 2). H is counted whenever the next operation uses the other device; the hand starts on the mouse.
// Free text (notes, comments, names) is left out on both sides: the agent types the same text in either UI.

export const OPERATOR_SECONDS = Object.freeze({ K: 0.28, P: 1.1, B: 0.1, H: 0.4, M: 1.35 });

const CLICK = ['P', 'B', 'B'];

/** The operators of one recorded operation: { kind: 'click' | 'choose' | 'key' | 'type', keys? }. */
function operatorsOf(operation) {
    switch (operation.kind) {
        case 'click':
            return { device: 'mouse', operators: ['M', ...CLICK] };
        case 'choose':
            return { device: 'mouse', operators: ['M', ...CLICK, ...CLICK] };
        case 'key':
            return { device: 'keyboard', operators: ['M', 'K'] };
        case 'type':
            if (!Number.isInteger(operation.keys) || operation.keys < 1) {
                throw new Error(`A typed value needs its number of keys, not ${JSON.stringify(operation.keys)}`);
            }
            return { device: 'keyboard', operators: ['M', ...Array(operation.keys).fill('K')] };
        default:
            throw new Error(`unsupported: no keystroke-level operators for a "${operation.kind}" operation`);
    }
}

/** The operator sequence of the agent's operations with the package, H inserted where the hand changes device. */
export function packageOperators(operations) {
    const sequence = [];
    let hand = 'mouse';
    for (const operation of operations) {
        const { device, operators } = operatorsOf(operation);
        if (device !== hand) {
            sequence.push('H');
            hand = device;
        }
        sequence.push(...operators);
    }
    return sequence;
}

/**
 * The recorded operations, checked against the effort counts they were recorded with: a click is one click, a choice
 * two, a key one keystroke, a typed value its keys. A scenario recorded without operations, or with operations that
 * disagree with its counts, would give a time that means nothing, so it fails.
 */
export function checkedOperations(effort) {
    if (!Array.isArray(effort?.operations)) {
        throw new Error('The scenario recorded no operations: run it with the harness Agent (test/e2e/harness.mjs)');
    }
    let clicks = 0;
    let keystrokes = 0;
    for (const operation of effort.operations) {
        if (operation.kind === 'click') clicks += 1;
        else if (operation.kind === 'choose') clicks += 2;
        else if (operation.kind === 'key') keystrokes += 1;
        else if (operation.kind === 'type') keystrokes += operation.keys;
    }
    if (clicks !== effort.clicks || keystrokes !== effort.keystrokes) {
        throw new Error(
            `The recorded operations add up to ${clicks} clicks and ${keystrokes} keys, the counts say ${effort.clicks} and ${effort.keystrokes}: record every click and key through the harness Agent`
        );
    }
    return effort.operations;
}

/** The operator sequence of the manual procedure: per step one M, then P BB for each of its clicks. */
export function manualOperators(manualSteps, stepClicks) {
    if (!manualSteps?.length) throw new Error('A scenario needs procedure.manualSteps to time the manual procedure');
    return manualSteps.flatMap((step) => ['M', ...Array.from({ length: stepClicks(step) }, () => CLICK).flat()]);
}

/** Seconds of an operator sequence. */
export function seconds(operators) {
    return operators.reduce((total, operator) => {
        const time = OPERATOR_SECONDS[operator];
        if (time === undefined) throw new Error(`No time for the operator ${operator}`);
        return total + time;
    }, 0);
}

/** "12.3 s" */
export function formatSeconds(value) {
    return `${value.toFixed(1)} s`;
}

/** The operator counts of a sequence, as "4M 3P 6B 1H 2K", for the report's details. */
export function operatorCounts(operators) {
    return ['M', 'P', 'B', 'H', 'K']
        .map((operator) => [operator, operators.filter((candidate) => candidate === operator).length])
        .filter(([, count]) => count > 0)
        .map(([operator, count]) => `${count}${operator}`)
        .join(' ');
}
