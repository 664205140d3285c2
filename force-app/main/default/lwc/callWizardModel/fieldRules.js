// Lengths of the fields the Call Wizard writes (from the object metadata and the standard field
// lengths), the support case picklist values, and the words that make a support case subject vague.
export const MAX_LENGTH = {
    /**
     * The call's comments, as the server takes them (CallOutcomeService NOTES_MAX_LENGTH): the support case's
     * description carries them after its own text, within the 32000 characters of Case.Description.
     */
    notes: 15000,
    reason: 255,
    /** Case.CL_Satisfaction_Notes__c */
    satisfactionNotes: 32768,
    subject: 255,
    /** The support case description as the server takes it (SupportCaseService DESCRIPTION_MAX_LENGTH). */
    description: 15000,
    phone: 40,
    email: 80,
    firstName: 40,
    lastName: 80,
    title: 128
};
function options(values) {
    return values.map((value) => ({ label: value, value }));
}
// getPicklistValues needs an org, so the values are kept here. Product Type comes from
// objects/Case/fields/Product_Type__c; Case Reason and Type are standard picklists whose values
// the package does not ship, so these are Salesforce's default values for them.
export const PRODUCT_TYPES = options(['DMS', 'CRM', 'Website', 'Integrations', 'Solar Monitoring', 'Battery Storage', 'Other']);
export const CASE_REASONS = options(['Installation', 'Equipment Complexity', 'Performance', 'Breakdown', 'Equipment Design', 'Feedback', 'Other']);
export const CASE_TYPES = options(['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other']);
/**
 * Procedure 000: "In the subject, try to avoid saying 'needs help' or 'issue'. Be as specific and
 * concise as possible." The default of the Vague_Subject_Words__c setting; the server checks the
 * configured list again.
 */
export const VAGUE_SUBJECT_WORDS = ['needs help', 'issue', 'help', 'problem'];
const FILLER_WORDS = new Set(['a', 'an', 'the', 'with', 'has', 'have', 'had', 'some', 'needs', 'need', 'customer', 'contact', 'dealer', 'dealership', 'and', 'or', 'of', 'for', 'is']);
/** True when the subject says nothing beyond "needs help" / "issue": fewer than two meaningful words remain. */
export function isVagueSubject(subject, vagueWords = VAGUE_SUBJECT_WORDS) {
    let text = ` ${subject.toLowerCase().replace(/[^a-z0-9\s]/g, ' ')} `;
    for (const phrase of [...vagueWords].sort((a, b) => b.length - a.length)) {
        text = text.split(` ${phrase.toLowerCase()} `).join(' ');
        text = text.split(` ${phrase.toLowerCase()}s `).join(' ');
    }
    const meaningful = text.split(/\s+/).filter((word) => word.length > 1 && !FILLER_WORDS.has(word));
    return meaningful.length < 2;
}
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(value) {
    return EMAIL_PATTERN.test(value);
}
