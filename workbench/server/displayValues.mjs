// The displayValue the UI API sends beside a raw value: en-US, date-times in the user's time zone.
const currencyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const dateFormat = new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric'
});

function dateTimeFormat(timeZone) {
    return new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit'
    });
}

export function displayValueOf(field, value, timeZone = 'UTC') {
    if (value === null || value === undefined) return null;
    switch (field.type) {
        case 'picklist':
        case 'multipicklist':
            return String(value);
        case 'date':
            return dateFormat.format(new Date(`${String(value).slice(0, 10)}T00:00:00Z`));
        case 'datetime':
            return dateTimeFormat(timeZone).format(new Date(String(value)));
        case 'currency':
            return currencyFormat.format(Number(value));
        default:
            return null;
    }
}
