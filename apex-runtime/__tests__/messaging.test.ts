/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// What procedure 004's Apex needs from the platform: Time fields (BusinessHours, Apex Reference "Time
// Class"), a batch scope typed as the queried object ("Using Batch Apex"), Messaging.CustomNotification
// ("CustomNotification Class"), Messaging.sendEmail to users ("Messaging Class", "SingleEmailMessage
// Methods") and DMLOptions.EmailHeader.triggerUserEmail ("DmlOptions.EmailHeader Class").
import { call, run, runtimeWith } from './helpers';

const HOURS = `
private static BusinessHours hours(String start) {
    return (BusinessHours) JSON.deserialize('{"attributes":{"type":"BusinessHours"},"Name":"Integrations","MondayStartTime":"' + start + '"}', BusinessHours.class);
}`;

describe('Time fields', () => {
    it('reads a time field deserialized from JSON as a Time', () => {
        expect(run("Time start = hours('08:30:00.000Z').MondayStartTime; return start.hour() + ':' + start.minute();", HOURS).value).toBe('8:30');
    });

    it('refuses a String assigned to a time field, as Apex does', () => {
        expect(run("SObject record = new BusinessHours(); record.put('MondayStartTime', '08:00'); return null;").error).toBe(
            'System.SObjectException: Illegal assignment from String to Time'
        );
    });

    it('keeps a Time assigned to a time field', () => {
        expect(run('BusinessHours record = new BusinessHours(); record.MondayStartTime = Time.newInstance(17, 0, 0, 0); return String.valueOf(record.MondayStartTime.hour());').value).toBe('17');
    });
});

const BATCH = `
public static List<String> log = new List<String>();
public class Accounts implements Database.Batchable<SObject> {
    public Database.QueryLocator start(Database.BatchableContext context) { return Database.getQueryLocator('SELECT Id, Name FROM Account'); }
    public void execute(Database.BatchableContext context, List<SObject> scope) { for (Account record : (List<Account>) scope) { log.add(record.Name); } }
    public void finish(Database.BatchableContext context) {}
}`;

describe('batch scopes', () => {
    it('types the scope of a query locator as the queried object, so it casts to List<Account>', () => {
        expect(run("insert new Account(Name = 'Northgate'); Test.startTest(); Database.executeBatch(new Accounts()); Test.stopTest(); return String.join(log, ',');", BATCH).value).toBe('Northgate');
    });
});

const NOTIFY = `
private static Id typeId() { return [SELECT Id FROM CustomNotificationType LIMIT 1].Id; }
private static Messaging.CustomNotification notification(Id target) {
    Messaging.CustomNotification notification = new Messaging.CustomNotification();
    notification.setNotificationTypeId(typeId());
    notification.setTitle('Case 00001: owner changed');
    notification.setBody('Ivan took the case.');
    notification.setTargetId(target);
    return notification;
}`;

describe('Messaging', () => {
    it('sends a custom notification to a user, recorded in the org outbox', () => {
        const runtime = runtimeWith({
            'T.cls': `public class T {${NOTIFY}\npublic static Object run() { Account target = new Account(Name = 'A'); insert target; notification(target.Id).send(new Set<String>{ UserInfo.getUserId() }); return null; }}`
        });
        expect(call(runtime, 'T').error).toBeUndefined();
        const sent = runtime.bridge.org.messaging.outbox;
        expect(sent).toHaveLength(1);
        expect(sent[0]).toMatchObject({ kind: 'notification', title: 'Case 00001: owner changed', body: 'Ivan took the case.' });
    });

    it('throws when the notification has no target, as send() does', () => {
        expect(run('notification(null).send(new Set<String>{ UserInfo.getUserId() }); return null;', NOTIFY).error).toBe(
            'System.InvalidParameterValueException: A custom notification needs a target: set targetId'
        );
    });

    it('refuses what it does not model, loudly', () => {
        expect(run("new Messaging.CustomNotification(null, null, 't', 'b', null, null); return null;").error).toMatch(/^unsupported: the parameterized Messaging.CustomNotification constructor/);
    });

    const EMAIL = `
private static Messaging.SingleEmailMessage email(String subject) {
    Messaging.SingleEmailMessage email = new Messaging.SingleEmailMessage();
    email.setTargetObjectId(UserInfo.getUserId());
    email.setSaveAsActivity(false);
    email.setSubject(subject);
    email.setPlainTextBody('The case was updated.');
    return email;
}`;

    it('sends email to users; with allOrNothing false a failing message is reported in its result', () => {
        expect(
            run("List<Messaging.SendEmailResult> results = Messaging.sendEmail(new List<Messaging.SingleEmailMessage>{ email('Case updated'), email('') }, false); return results[0].isSuccess() + ' ' + results[1].isSuccess() + ' ' + results[1].getErrors()[0].getMessage();", EMAIL).value
        ).toBe('true false An email needs a subject and a body');
    });

    it('with allOrNothing (the default) a failing message throws EmailException', () => {
        expect(run("Messaging.sendEmail(new List<Messaging.SingleEmailMessage>{ email('') }); return null;", EMAIL).error).toMatch(/^System.EmailException: SendEmail failed/);
    });

    it('emails the new owner when DMLOptions.EmailHeader.triggerUserEmail is set', () => {
        const runtime = runtimeWith({
            'T.cls': `public class T { public static Object run() {
                Account record = new Account(Name = 'A'); insert record;
                User other = new User(LastName = 'Other', Alias = 'other', Email = 'other@example.com', Username = 'other@example.com.t', ProfileId = UserInfo.getProfileId(), TimeZoneSidKey = 'America/New_York', LocaleSidKey = 'en_US', EmailEncodingKey = 'UTF-8', LanguageLocaleKey = 'en_US');
                insert other;
                Database.DMLOptions options = new Database.DMLOptions();
                options.EmailHeader.triggerUserEmail = true;
                Database.update(new Account(Id = record.Id, OwnerId = other.Id), options);
                return other.Id; } }`
        });
        const outcome = call(runtime, 'T');
        expect(outcome.error).toBeUndefined();
        expect(runtime.bridge.org.messaging.outbox.map((message) => message.source)).toEqual(['ownerChange']);
    });

    it('refuses the email headers it does not model', () => {
        expect(run("Database.DMLOptions options = new Database.DMLOptions(); options.EmailHeader.triggerOtherEmail = true; Database.insert(new Account(Name = 'A'), options); return null;").error).toMatch(
            /^unsupported: DMLOptions.EmailHeader.triggerOtherEmail/
        );
    });
});
