// The Messaging namespace over the in-memory org's outbox (spec/org/messaging.ts, which records what
// would be delivered and cites the platform's rules): custom notifications and email to users.
// - Apex Reference "CustomNotification Class": the default constructor and the setters, then send(Set<String>
//   recipientIds); "if both [targetId and targetPageRef] are omitted, send() throws an exception". The type of
//   that exception is not documented: it is InvalidParameterValueException here.
// - Apex Reference "SingleEmailMessage Methods" and "Messaging Class" (sendEmail(emails, allOrNothing): with
//   allOrNothing true a failing message throws EmailException and nothing is sent; with false the others are
//   sent and the failure is in its SendEmailResult); "SendEmailResult Class", "SendEmailError Class".
// Not modelled, each refused with `unsupported:`: targetPageRef, the parameterized CustomNotification
// constructor, email to addresses, contacts or leads (only setTargetObjectId with a User Id), templates,
// attachments, HTML bodies, and MassEmailMessage. Limits.getEmailInvocations() is not counted.
import { PlatformError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { ApexList, EnumValue, IdValue, NativeObject, type Value } from '../evaluator/values';
import { MessagingError, type UserEmailRequest } from '../../spec/org/messaging';
import { arg, bool, items, optionalStr } from './args';
import { bridgeOf } from './database';
import type { Natives } from './registry';

export const MESSAGING_TYPES = [
    'Messaging.CustomNotification',
    'Messaging.SingleEmailMessage',
    'Messaging.Email',
    'Messaging.SendEmailResult',
    'Messaging.SendEmailError'
];

function idText(value: Value): string | null {
    if (value === null) return null;
    if (value instanceof IdValue) return value.id18;
    return String(value);
}

class CustomNotificationValue extends NativeObject {
    readonly typeName = 'Messaging.CustomNotification';
    private typeId: string | null = null;
    private title: string | null = null;
    private body: string | null = null;
    private targetId: string | null = null;

    invoke(rt: Interpreter, lower: string, args: Value[]): Value {
        switch (lower) {
            case 'setnotificationtypeid':
                this.typeId = idText(arg(args, 0));
                return null;
            case 'settitle':
                this.title = optionalStr(args, 0);
                return null;
            case 'setbody':
                this.body = optionalStr(args, 0);
                return null;
            case 'settargetid':
                this.targetId = idText(arg(args, 0));
                return null;
            case 'send':
                return this.send(rt, args);
            default:
                return rt.unsupported(`Messaging.CustomNotification.${lower}()`);
        }
    }

    private send(rt: Interpreter, args: Value[]): Value {
        const recipients = items(arg(args, 0)).map((value) => idText(value) ?? '');
        try {
            bridgeOf(rt).org.messaging.sendCustomNotification({
                typeId: this.typeId ?? '',
                recipientIds: recipients,
                title: this.title ?? '',
                body: this.body ?? '',
                targetId: this.targetId ?? ''
            });
        } catch (error) {
            if (error instanceof MessagingError) throw new PlatformError('InvalidParameterValueException', error.message);
            throw error;
        }
        return null;
    }
}

class SingleEmailMessageValue extends NativeObject {
    readonly typeName = 'Messaging.SingleEmailMessage';
    targetObjectId: string | null = null;
    whatId: string | null = null;
    saveAsActivity = true;
    subject: string | null = null;
    plainTextBody: string | null = null;

    invoke(rt: Interpreter, lower: string, args: Value[]): Value {
        switch (lower) {
            case 'settargetobjectid':
                this.targetObjectId = idText(arg(args, 0));
                return null;
            case 'setwhatid':
                this.whatId = idText(arg(args, 0));
                return null;
            case 'setsaveasactivity':
                this.saveAsActivity = bool(args, 0);
                return null;
            case 'setsubject':
                this.subject = optionalStr(args, 0);
                return null;
            case 'setplaintextbody':
                this.plainTextBody = optionalStr(args, 0);
                return null;
            case 'gettargetobjectid':
                return this.targetObjectId ? new IdValue(this.targetObjectId) : null;
            case 'getsubject':
                return this.subject;
            case 'getplaintextbody':
                return this.plainTextBody;
            default:
                return rt.unsupported(`Messaging.SingleEmailMessage.${lower}()`);
        }
    }

    request(rt: Interpreter): UserEmailRequest {
        if (!this.targetObjectId) return rt.unsupported('an email without setTargetObjectId (email to addresses is not modelled)');
        return {
            targetUserId: this.targetObjectId,
            subject: this.subject ?? '',
            body: this.plainTextBody ?? '',
            whatId: this.whatId,
            saveAsActivity: this.saveAsActivity
        };
    }
}

class SendEmailErrorValue extends NativeObject {
    readonly typeName = 'Messaging.SendEmailError';

    constructor(
        private readonly message: string,
        private readonly targetObjectId: string | null
    ) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        switch (lower) {
            case 'getmessage':
                return this.message;
            case 'gettargetobjectid':
                return this.targetObjectId;
            case 'getstatuscode':
                return statusCode(rt, 'INVALID_EMAIL_ADDRESS');
            case 'getfields':
                return new ApexList({ k: 'prim', name: 'String' }, []);
            default:
                return rt.unsupported(`Messaging.SendEmailError.${lower}()`);
        }
    }
}

class SendEmailResultValue extends NativeObject {
    readonly typeName = 'Messaging.SendEmailResult';

    constructor(private readonly errors: SendEmailErrorValue[]) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        if (lower === 'issuccess') return this.errors.length === 0;
        if (lower === 'geterrors') return new ApexList({ k: 'native', name: 'Messaging.SendEmailError' }, this.errors);
        return rt.unsupported(`Messaging.SendEmailResult.${lower}()`);
    }
}

function statusCode(rt: Interpreter, code: string): EnumValue {
    const found = rt.program.system.get('StatusCode').enumValues.find((value) => value.name === code);
    return found ?? rt.unsupported(`StatusCode.${code}`);
}

/** Messaging.sendEmail(emails[, allOrNothing]). */
function sendEmail(rt: Interpreter, args: Value[]): Value {
    const messages = items(arg(args, 0)).map((message) =>
        message instanceof SingleEmailMessageValue ? message : rt.unsupported(`Messaging.sendEmail of a ${message instanceof NativeObject ? message.typeName : 'value'} (SingleEmailMessage only)`)
    );
    const allOrNothing = args.length > 1 ? bool(args, 1) : true;
    const requests = messages.map((message) => message.request(rt));
    const outbox = bridgeOf(rt).org.messaging;
    const failures = requests.map((request) => {
        try {
            outbox.validateEmailToUser(request);
            return null;
        } catch (error) {
            if (error instanceof MessagingError) return new SendEmailErrorValue(error.message, request.targetUserId);
            throw error;
        }
    });
    const firstFailure = failures.find((failure) => failure !== null);
    if (allOrNothing && firstFailure) {
        throw new PlatformError('EmailException', `SendEmail failed. First exception on row ${failures.indexOf(firstFailure)}; first error: INVALID_EMAIL_ADDRESS, ${firstFailure.invoke(rt, 'getmessage') as string}`);
    }
    outbox.sendEmailToUsers(requests.filter((_request, index) => failures[index] === null));
    return new ApexList(
        { k: 'native', name: 'Messaging.SendEmailResult' },
        failures.map((failure) => new SendEmailResultValue(failure ? [failure] : []))
    );
}

export function registerMessaging(natives: Natives): void {
    natives.registerConstructor('Messaging.CustomNotification', (rt, args) =>
        args.length ? rt.unsupported('the parameterized Messaging.CustomNotification constructor') : new CustomNotificationValue()
    );
    natives.registerConstructor('Messaging.SingleEmailMessage', () => new SingleEmailMessageValue());
    natives.registerStatic({ name: 'Messaging', methods: { sendemail: sendEmail } });
}
