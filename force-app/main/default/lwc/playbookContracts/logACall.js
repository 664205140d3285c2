// LogACallController: log a call (procedure 000, "There are two ways in which you can log a call")
// and relate an interaction to every customer involved (procedure 002). Apex mirrors these shapes
// as inner classes of LogACallController.
//
// How several customers are related (procedure 002, "related to both accounts"):
// - SHARED_ACTIVITIES: the org has Shared Activities (the TaskRelation object exists). One task:
//   WhatId is the case (or the primary account), WhoId the primary contact, and every other
//   contact is a TaskRelation with IsWhat = false, so the task shows on each contact and on the
//   contact's account.
// - LINKED_COPIES: without Shared Activities a task has one contact. The primary task is written
//   as above, and each other contact gets a linked copy (same subject, type and outcome; its
//   Description says it is a copy of the primary interaction) related to that contact and the
//   contact's account, so no customer is dropped.
// Every account other than the primary one is related through the contact who took part in the
// interaction (chosen, or created as a new installer contact in the same save).
export {};
