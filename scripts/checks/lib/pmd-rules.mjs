// The PMD 7 rules the Apex gate runs, all at zero violations: every rule tagged Security (including the
// AppExchange security-review rules), plus the best-practice, error-prone and performance rules that
// guard the house rules in GUIDE.md. Each named rule must exist in the installed engine; a rename or
// removal fails the check instead of silently shrinking the gate.
//
// Notes for PMD 7: AvoidSoqlInLoops / AvoidDmlStatementsInLoops were replaced by
// OperationWithLimitsInLoop (SOQL, SOSL, DML in loops) and OperationWithHighCostInLoop.
// ApexCRUDViolation (7.26) accepts WITH USER_MODE, `as user` and AccessLevel.USER_MODE, so user-mode
// code passes it; a justified system-mode line needs a PMD suppression, which apex-pmd accepts only with
// a reason (lib/pmd-suppressions.mjs).

export const RULE_TAGS = ['Security'];

export const RULES = [
    // tests
    'ApexUnitTestClassShouldHaveAsserts', // a test that cannot fail is a defect
    'ApexUnitTestShouldNotUseSeeAllDataTrue', // tests create their own data
    'ApexUnitTestMethodShouldHaveIsTestAnnotation',
    'TestMethodsMustBeInTestClasses',
    // governor limits and performance
    'OperationWithLimitsInLoop', // SOQL, SOSL and DML inside loops
    'OperationWithHighCostInLoop', // describe calls and similar inside loops
    'AvoidNonRestrictiveQueries', // queries have a WHERE or a LIMIT
    'EagerlyLoadedDescribeSObjectResult',
    'AvoidDirectAccessTriggerMap',
    'AvoidLogicInTrigger', // one-line triggers dispatching to handlers
    // errors that hide failures
    'EmptyCatchBlock',
    'EmptyIfStmt',
    'EmptyWhileStmt',
    'EmptyTryOrFinallyBlock',
    'AvoidStatefulDatabaseResult',
    'OverrideBothEqualsAndHashcode',
    'AvoidNonExistentAnnotations',
    'TypeShadowsBuiltInNamespace',
    'MethodWithSameNameAsEnclosingClass',
    'InaccessibleAuraEnabledGetter',
    'InvocableClassNoArgConstructor',
    'UnusedLocalVariable',
    // packaging
    'AvoidGlobalModifier', // global is forever in a package
    'AvoidHardcodingId' // ids differ between orgs
];

// Governor-limit rules that do not apply inside @IsTest classes: a test may loop over a fixed matrix of
// cases with a query per case, and an org run of the test would expose a real limit problem anyway.
export const NOT_FOR_TEST_CLASSES = new Set([
    'OperationWithLimitsInLoop',
    'OperationWithHighCostInLoop',
    'AvoidNonRestrictiveQueries'
]);

export const SEVERITY_NAMES = { 1: 'Critical', 2: 'High', 3: 'Moderate', 4: 'Low', 5: 'Info' };
