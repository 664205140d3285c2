/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// The package's Apex in the support team's org (procedure 002): the Contact record type "Installer Contact" and the
// phone system's "Additional Dispositions" Task field exist there but are never shipped, so the package's Apex tests
// and the vector replay only meet an org without them. Here the package's own classes run over the in-memory org
// with the team's customizations (spec/org/teamOrg.ts), so the Apex describe paths that find them at run time
// (InstallerContactRecordType, AdditionalDispositions) execute too, as spec/__tests__/teamOrg.test.ts runs their
// TypeScript twins.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { TeamOrgOptions } from '../../spec/org/teamOrg';
import { findProjectRoot } from '../../spec/project/projectMetadata';
import { sourceRuntime, type ApexRuntime } from '../runner/runtime';
import { call } from './helpers';

const CLASSES = join(findProjectRoot(), 'force-app', 'main', 'default', 'classes');

// Each method runs in a test transaction as the org's administrator; the agent is a Standard User with the
// package's permission set (PlaybookTestFactory), as in the package's Apex tests.
const DRIVER = `public class TeamOrgDriver {
    public static Object installerCreatedByTheAgent() {
        Account organisation = new Account(Name = 'Brightline Solar', Customer_Role__c = 'Installer');
        insert organisation;
        CustomerController.CreateCustomerRequest request = new CustomerController.CreateCustomerRequest();
        request.requestKey = 'team-org-installer';
        request.kind = 'INSTALLER';
        request.accountId = organisation.Id;
        request.firstName = 'Lena';
        request.lastName = 'Ortiz';
        CustomerController.CreateCustomerResponse response;
        try {
            System.runAs(PlaybookTestFactory.createAgentUser()) {
                response = CustomerController.createCustomer(request);
            }
        } catch (AuraHandledException refused) {
            return 'refused ' + PlaybookTestFactory.faultOf(refused).get('code');
        }
        Schema.RecordTypeInfo info = Schema.SObjectType.Contact.getRecordTypeInfosByDeveloperName().get('Installer_Contact');
        if (info == null) {
            return response.installerRecordType + ' (the org has no such record type)';
        }
        Contact saved = (Contact) PlaybookTestFactory.recordAsSystem('SELECT Id, RecordTypeId FROM Contact WHERE Id = :recordId', response.contactId);
        return response.installerRecordType + ' ' + (saved.get('RecordTypeId') == info.getRecordTypeId());
    }

    public static Object dispositionsOfferedToTheAgent() {
        LogACallController.Dispositions offered;
        String written;
        System.runAs(PlaybookTestFactory.createAgentUser()) {
            offered = AdditionalDispositions.available();
            if (offered != null) {
                List<String> chosen = offered.multiple ? new List<String>{ 'Warranty', 'Billing Question' } : new List<String>{ 'Warranty' };
                written = AdditionalDispositions.valueOf(offered, chosen);
            }
        }
        if (offered == null) {
            return 'none';
        }
        List<String> values = new List<String>();
        for (LogACallController.PicklistOption option : offered.values) {
            values.add(option.value);
        }
        return offered.fieldApiName + ' multiple=' + offered.multiple + ' [' + String.join(values, ', ') + '] ' + written;
    }
}`;

function packageSources(): Record<string, string> {
    const sources: Record<string, string> = { 'classes/TeamOrgDriver.cls': DRIVER };
    for (const name of readdirSync(CLASSES).filter((file) => file.endsWith('.cls'))) {
        sources[`classes/${name}`] = readFileSync(join(CLASSES, name), 'utf8');
    }
    return sources;
}

const SOURCES = packageSources();

function teamOrgRuntime(teamOrg: TeamOrgOptions): ApexRuntime {
    const runtime = sourceRuntime(SOURCES, {
        clock: { instant: '2026-03-04T15:00:00Z', timeZone: 'America/Los_Angeles' },
        teamOrg
    });
    runtime.interpreter.resetTransaction();
    runtime.bridge.beginTest();
    runtime.bridge.org.db.beginTransaction(undefined);
    return runtime;
}

function outcome(teamOrg: TeamOrgOptions, method: string): string | undefined {
    const result = call(teamOrgRuntime(teamOrg), 'TeamOrgDriver', method);
    if (result.error) throw new Error(result.error);
    return result.text;
}

describe("the package's Apex in the team's org", () => {
    it('a new installer contact gets the Installer Contact record type the org has', () => {
        expect(outcome({ installerContactRecordType: true }, 'installerCreatedByTheAgent')).toBe('true true');
    });

    it('without the record type the installer is created as a plain contact', () => {
        expect(outcome({}, 'installerCreatedByTheAgent')).toBe('false (the org has no such record type)');
    });

    it('a record type the agent may not use refuses the installer instead of creating a plain contact', () => {
        expect(outcome({ installerContactRecordType: 'notAvailable' }, 'installerCreatedByTheAgent')).toBe(
            'refused NO_ACCESS'
        );
    });

    it("the phone system's multi-select dispositions field is offered and the chosen values joined", () => {
        expect(outcome({ additionalDispositions: true }, 'dispositionsOfferedToTheAgent')).toBe(
            'Additional_Dispositions__c multiple=true [Billing Question, Technician Visit, Warranty, Callback Requested] Warranty;Billing Question'
        );
    });

    it('a single-select dispositions field takes one value', () => {
        expect(outcome({ additionalDispositionsSingle: true }, 'dispositionsOfferedToTheAgent')).toBe(
            'Additional_Dispositions__c multiple=false [Billing Question, Technician Visit, Warranty, Callback Requested] Warranty'
        );
    });

    it('without the field nothing is offered', () => {
        expect(outcome({}, 'dispositionsOfferedToTheAgent')).toBe('none');
    });
});
