import { buildRequest, householdName, initialDraft, isValid, validate, withChange, withConfirmation } from '../createCustomerModel';

describe('createCustomerModel', () => {
    it('starts from the name the search did not find: the last word is the last name', () => {
        const draft = initialDraft({ searchText: '  Grace  Ada Okoye ' });
        expect(draft).toMatchObject({ firstName: 'Grace Ada', lastName: 'Okoye', phone: '', kind: '' });
        expect(initialDraft({ searchText: 'Okoye' })).toMatchObject({ firstName: '', lastName: 'Okoye' });
    });

    it('starts from a phone number the search did not find', () => {
        expect(initialDraft({ searchText: '(555) 010-0161' })).toMatchObject({ phone: '(555) 010-0161', lastName: '' });
    });

    it('keeps the kind and account the embedding component fixes', () => {
        expect(initialDraft({ kind: 'INSTALLER', accountId: '001000000000001AAA' })).toMatchObject({ kind: 'INSTALLER', accountId: '001000000000001AAA' });
    });

    it('needs a kind, a last name, and for an installer the organisation (chosen or named)', () => {
        const draft = initialDraft({});
        expect(validate(draft, false)).toEqual({ kind: 'Choose homeowner or installer.', lastName: 'Enter the last name.' });
        const installer = withChange(withChange(draft, 'kind', 'INSTALLER'), 'lastName', 'Haddad');
        expect(validate(installer, false)).toEqual({ accountName: "Choose the installer's organisation, or enter its name." });
        expect(validate(installer, true)).toEqual({});
        expect(isValid(validate(withChange(installer, 'accountName', 'Sunrise Roofing'), false))).toBe(true);
    });

    it('refuses an email that is not an address', () => {
        const draft = withChange(withChange(initialDraft({ kind: 'HOMEOWNER' }), 'lastName', 'Okoye'), 'email', 'grace at example');
        expect(validate(draft, false).email).toBe('Enter an email address like name@example.com.');
    });

    it('names a household after the homeowner unless the agent types a name', () => {
        const draft = initialDraft({ searchText: 'Grace Okoye', kind: 'HOMEOWNER' });
        expect(householdName(draft)).toBe('Grace Okoye');
        expect(buildRequest(draft, 'k1').accountName).toBeNull();
        expect(buildRequest(withChange(draft, 'accountName', 'Okoye Household'), 'k1').accountName).toBe('Okoye Household');
    });

    it('withdraws the "different customer" confirmation when who they are changes', () => {
        const confirmed = withConfirmation(initialDraft({ searchText: 'Maria Rivera', kind: 'HOMEOWNER' }), true);
        expect(withChange(confirmed, 'lastName', 'Rivera').confirmedNotDuplicate).toBe(true);
        expect(withChange(confirmed, 'email', 'maria@elsewhere.example').confirmedNotDuplicate).toBe(false);
    });

    it('changing the kind forgets the organisation chosen for the other kind', () => {
        const draft = withChange(withChange(initialDraft({}), 'kind', 'INSTALLER'), 'accountId', '001000000000001AAA');
        expect(withChange(draft, 'kind', 'HOMEOWNER').accountId).toBe('');
    });

    it('sends trimmed values, nulls for blanks, the account or the new name, and the confirmation only when given', () => {
        let draft = initialDraft({ searchText: ' Omar Haddad ', kind: 'INSTALLER' });
        draft = withChange(draft, 'accountName', ' Sunrise Roofing ');
        draft = withChange(draft, 'phone', ' 555-0188 ');
        expect(buildRequest(draft, 'key-1')).toEqual({
            requestKey: 'key-1',
            kind: 'INSTALLER',
            accountId: null,
            accountName: 'Sunrise Roofing',
            firstName: 'Omar',
            lastName: 'Haddad',
            title: null,
            phone: '555-0188',
            email: null
        });
        const chosen = withConfirmation(withChange(draft, 'accountId', '001000000000001AAA'), true);
        expect(buildRequest(chosen, 'key-2')).toMatchObject({ accountId: '001000000000001AAA', accountName: null, confirmedNotDuplicate: true });
    });
});
