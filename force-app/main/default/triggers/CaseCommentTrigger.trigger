trigger CaseCommentTrigger on CaseComment(before insert, before update, after insert) {
    new CaseCommentTriggerHandler().run();
}
