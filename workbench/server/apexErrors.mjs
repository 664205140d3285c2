// How a failed Apex call reaches a Lightning component: the fetch rejects with a body whose
// `message` is the exception's message. For AuraHandledException that is the controller's
// user-safe text (here a JSON string {"code","message","reference"}); other exceptions also carry
// their type, as an unhandled exception does on the platform.
export function apexErrorBody(error) {
    const message = typeof error?.message === 'string' ? error.message : String(error);
    const exceptionType = typeof error?.exceptionType === 'string' ? error.exceptionType : 'System.UnexpectedException';
    if (exceptionType === 'System.AuraHandledException') {
        return { message, exceptionType, isUserDefinedException: false, stackTrace: null };
    }
    return { message, exceptionType, isUserDefinedException: false, stackTrace: '' };
}
