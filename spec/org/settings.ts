// PlaybookSettings in TypeScript: the Playbook_Setting__mdt values the logic reads, by the same
// camelCase names and with the same normalisation as the Apex class (whole numbers with a minimum,
// blank text falling back, ';'-separated lists, the review length capped by the review field). The fallback for a blank or out-of-range value is
// the Default record's own value, read from its XML: the one source of truth.

export type SettingValue = string | number | boolean | null;

type NumberSetting = { field: string; kind: 'number'; minimum: number };
type TextSetting = { field: string; kind: 'text' };
type ListSetting = { field: string; kind: 'list'; lowerCase: boolean };
type CheckboxSetting = { field: string; kind: 'checkbox' };

const SETTINGS = {
    maxCallAttempts: { field: 'Max_Call_Attempts__c', kind: 'number', minimum: 1 },
    referralPromptMinScore: { field: 'Referral_Prompt_Min_Score__c', kind: 'number', minimum: 1 },
    reviewMaxLength: { field: 'Review_Max_Length__c', kind: 'number', minimum: 1 },
    callbackDelayDays: { field: 'Callback_Delay_Days__c', kind: 'number', minimum: 0 },
    claCallSubject: { field: 'CLA_Call_Subject__c', kind: 'text' },
    reviewSubject: { field: 'Review_Subject__c', kind: 'text' },
    callNotesPrefix: { field: 'Call_Notes_Prefix__c', kind: 'text' },
    reviewTemplate: { field: 'Review_Template__c', kind: 'text' },
    supportCaseOrigin: { field: 'Support_Case_Origin__c', kind: 'text' },
    warningCancellationStatuses: { field: 'Warning_Cancellation_Statuses__c', kind: 'list', lowerCase: false },
    teamLoyaltyQueue: { field: 'Team_Loyalty_Queue__c', kind: 'text' },
    backOfficeQueue: { field: 'Back_Office_Queue__c', kind: 'text' },
    dataStewardUsername: { field: 'Data_Steward_Username__c', kind: 'text' },
    managerUsername: { field: 'Manager_Username__c', kind: 'text' },
    integrationUpdateWaitBusinessDays: { field: 'Integration_Update_Wait_Business_Days__c', kind: 'number', minimum: 0 },
    callbackResponseHours: { field: 'Callback_Response_Hours__c', kind: 'number', minimum: 0 },
    noResponseDays: { field: 'No_Response_Days__c', kind: 'number', minimum: 0 },
    openCaseFollowUpHours: { field: 'Open_Case_Follow_Up_Hours__c', kind: 'number', minimum: 0 },
    recentCasesShown: { field: 'Recent_Cases_Shown__c', kind: 'number', minimum: 1 },
    pageSize: { field: 'Page_Size__c', kind: 'number', minimum: 1 },
    requestRetentionDays: { field: 'Request_Retention_Days__c', kind: 'number', minimum: 1 },
    surveyFatigueDays: { field: 'Survey_Fatigue_Days__c', kind: 'number', minimum: 0 },
    vagueSubjectWords: { field: 'Vague_Subject_Words__c', kind: 'list', lowerCase: true },
    phoneSystemUsername: { field: 'Phone_System_Username__c', kind: 'text' },
    phoneTasksByCallObject: { field: 'Phone_Tasks_By_Call_Object__c', kind: 'checkbox' },
    installerContactRecordType: { field: 'Installer_Contact_Record_Type__c', kind: 'text' },
    additionalDispositionsField: { field: 'Additional_Dispositions_Field__c', kind: 'text' }
} as const satisfies Record<string, NumberSetting | TextSetting | ListSetting | CheckboxSetting>;

type Settings = typeof SETTINGS;
export type PlaybookSettingName = keyof Settings;

/** Numbers; text (null when neither the value nor the Default record has one); lists without duplicates. */
export type PlaybookSettingsValues = {
    readonly [Name in PlaybookSettingName]: Settings[Name]['kind'] extends 'number'
        ? number
        : Settings[Name]['kind'] extends 'list'
          ? readonly string[]
          : Settings[Name]['kind'] extends 'checkbox'
            ? boolean
            : string | null;
};

export const SETTING_FIELD_NAMES: readonly string[] = Object.values(SETTINGS).map((entry) => entry.field);

const HIGHEST_CSS_SCORE = 10;
const LARGEST_INTEGER = 2147483647;

class SettingsError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'SettingsError';
    }
}

/** Validates overrides by field API name (any letter case) and returns them under canonical names. */
export function normalizeOverrides(overrides: Readonly<Record<string, SettingValue>>): Record<string, SettingValue> {
    const normalized: Record<string, SettingValue> = {};
    for (const [apiName, value] of Object.entries(overrides)) {
        const field = SETTING_FIELD_NAMES.find((name) => name.toLowerCase() === apiName.toLowerCase());
        if (!field) {
            throw new SettingsError(
                `Unknown Playbook Setting field "${apiName}". Use the API name of a Playbook_Setting__mdt field, for example Max_Call_Attempts__c.`
            );
        }
        normalized[field] = value;
    }
    return normalized;
}

function readNumber(field: string, raw: SettingValue, fallback: SettingValue, minimum: number): number {
    if (raw === null) {
        if (typeof fallback !== 'number') throw new SettingsError(`The Default record has no number for ${field}`);
        return fallback;
    }
    if (typeof raw !== 'number' || !Number.isInteger(raw)) {
        throw new SettingsError(`Playbook Setting ${field} must be a whole number, but the value is "${String(raw)}".`);
    }
    return raw < minimum || raw > LARGEST_INTEGER ? readNumber(field, fallback, null, minimum) : raw;
}

/** A checkbox: custom metadata stores true or false; a blank override falls back to the Default record. */
function readCheckbox(field: string, raw: SettingValue, fallback: SettingValue): boolean {
    if (raw === null) return fallback === null ? false : readCheckbox(field, fallback, null);
    if (typeof raw !== 'boolean') throw new SettingsError(`Playbook Setting ${field} must be true or false, but the value is ${String(raw)}.`);
    return raw;
}

function readText(field: string, raw: SettingValue, fallback: SettingValue): string | null {
    if (raw === null) return fallback === null ? null : readText(field, fallback, null);
    if (typeof raw !== 'string') throw new SettingsError(`Playbook Setting ${field} must be text, but the value is ${String(raw)}.`);
    return raw.trim() === '' ? (fallback === null ? null : readText(field, fallback, null)) : raw;
}

function splitList(text: string | null, lowerCase: boolean): string[] {
    const values = (text ?? '')
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => (lowerCase ? part.toLowerCase() : part));
    return [...new Set(values)];
}

export interface SettingsSources {
    /** The Default record's values by field API name; undefined when the record was not found. */
    defaults: Readonly<Record<string, SettingValue>> | undefined;
    /** Where the defaults came from, for messages. */
    source: string;
    /** Length of Case.Last_Review_Comments__c, the cap of reviewMaxLength; undefined when not in the schema. */
    reviewFieldLength?: number;
}

/** The effective settings: the overrides where given, else the Default record's values. */
export function resolveSettings(sources: SettingsSources, overrides: Readonly<Record<string, SettingValue>>): PlaybookSettingsValues {
    const { defaults } = sources;
    if (!defaults) throw new SettingsError(`No Playbook_Setting__mdt Default record was loaded (${sources.source})`);
    const given = normalizeOverrides(overrides);
    const values: Record<string, unknown> = {};
    for (const [name, setting] of Object.entries(SETTINGS) as [string, NumberSetting | TextSetting | ListSetting | CheckboxSetting][]) {
        if (!(setting.field in defaults)) throw new SettingsError(`${sources.source} has no value for ${setting.field}`);
        const fallback = defaults[setting.field] ?? null;
        const raw = setting.field in given ? (given[setting.field] ?? null) : fallback;
        if (setting.kind === 'number') values[name] = readNumber(setting.field, raw, fallback, setting.minimum);
        else if (setting.kind === 'text') values[name] = readText(setting.field, raw, fallback);
        else if (setting.kind === 'checkbox') values[name] = readCheckbox(setting.field, raw, fallback);
        else {
            const list = splitList(readText(setting.field, raw, fallback), setting.lowerCase);
            values[name] = list.length ? list : splitList(readText(setting.field, fallback, null), setting.lowerCase);
        }
    }
    const referralDefault = readNumber('Referral_Prompt_Min_Score__c', defaults.Referral_Prompt_Min_Score__c ?? null, null, 1);
    if ((values.referralPromptMinScore as number) > HIGHEST_CSS_SCORE) values.referralPromptMinScore = referralDefault;
    if (sources.reviewFieldLength !== undefined) {
        values.reviewMaxLength = Math.min(values.reviewMaxLength as number, sources.reviewFieldLength);
    }
    values.reviewTemplate = typeof values.reviewTemplate === 'string' ? values.reviewTemplate.replace(/\r\n/g, '\n') : null;
    return Object.freeze(values) as PlaybookSettingsValues;
}
