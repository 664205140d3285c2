/**
 * The conformance suite's trigger (ConfDmlTest): acts only on accounts whose Description starts with "probe", so
 * the other conformance classes' accounts pass through untouched.
 */
trigger ConfAccountTrigger on Account(before insert, after insert, before update) {
    ConfDmlTest.onAccounts(Trigger.new, Trigger.oldMap, Trigger.operationType);
}
