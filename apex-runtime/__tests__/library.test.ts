/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// The platform library: Apex Reference "List Class", "Set Class", "Map Class", "JSON Class",
// "Pattern Class", "Matcher Class", "Date Class", "Datetime Class", "EncodingUtil Class", "Type Class".
import { run, text } from './helpers';

describe('collections', () => {
    it('List: add at an index, remove, sort, indexOf, out of bounds', () => {
        expect(text("new List<String>{ 'b', 'a' }")).toBe('(b, a)');
        expect(run("List<String> l = new List<String>{ 'b', 'A', 'a' }; l.sort(); return l;").text).toBe('(A, a, b)');
        expect(run("List<Integer> l = new List<Integer>{ 1, 2 }; l.add(0, 9); l.remove(1); return l;").text).toBe('(9, 2)');
        expect(run('return new List<Integer>{ 5 }.get(1);').error).toBe('System.ListException: List index out of bounds: 1');
    });

    it('Set and Map: keySet and values are copies in insertion order; putAll; containsKey', () => {
        expect(run("Map<String, Integer> m = new Map<String, Integer>{ 'b' => 2, 'a' => 1 }; Set<String> k = m.keySet(); k.remove('b'); return m.size() + ':' + m.values();").value).toBe('2:(2, 1)');
        expect(run("Set<Integer> s = new Set<Integer>{ 1, 2 }; s.addAll(new List<Integer>{ 2, 3 }); s.retainAll(new Set<Integer>{ 2, 3, 4 }); return s;").text).toBe('{2, 3}');
        expect(run("Map<Id, Account> m = new Map<Id, Account>(); m.put('001Hs0000000001IAA', new Account(Name = 'A')); return m.get('001Hs0000000001').Name;").value).toBe('A');
    });

    it('sorts Comparable objects with compareTo', () => {
        const members = 'class N implements Comparable { Integer v; N(Integer v) { this.v = v; } public Integer compareTo(Object o) { return v - ((N) o).v; } }';
        expect(run("List<N> l = new List<N>{ new N(3), new N(1), new N(2) }; l.sort(); return l[0].v + '' + l[2].v;", members).value).toBe('13');
    });
});

describe('JSON', () => {
    const members = 'public class Item { public String name; public Integer count; public Decimal price; public List<String> tags; public Date due; public Item child; }';

    it('serializes objects with their nulls, and leaves them out with suppressApexObjectNulls', () => {
        expect(run("Item i = new Item(); i.name = 'x'; i.count = 2; return JSON.serialize(i);", members).value).toBe(
            '{"name":"x","count":2,"price":null,"tags":null,"due":null,"child":null}'
        );
        expect(run("Item i = new Item(); i.name = 'x'; return JSON.serialize(i, true);", members).value).toBe('{"name":"x"}');
    });

    it('deserializes into the declared types of an inner class, ignoring unknown keys', () => {
        const outcome = run(
            'Item i = (Item) JSON.deserialize(\'{"name":"n","count":3,"price":1.50,"tags":["a"],"due":"2026-03-04","child":{"name":"c"},"other":1}\', Item.class); return i.price + \'|\' + i.due.day() + \'|\' + i.child.name + \'|\' + i.tags;',
            members
        );
        expect(outcome.value).toBe('1.50|4|c|(a)');
        expect(run('return JSON.deserializeStrict(\'{"nope":1}\', Item.class);', members).error).toBe('System.JSONException: Unknown field: T.Item.nope');
    });

    it('deserializeUntyped gives Maps, Lists, Integers, Longs and Decimals', () => {
        expect(run('Map<String, Object> m = (Map<String, Object>) JSON.deserializeUntyped(\'{"i":1,"l":3000000000,"d":1.5,"a":[true]}\'); return (m.get(\'i\') instanceof Integer) + \'|\' + (m.get(\'l\') instanceof Long) + \'|\' + (m.get(\'d\') instanceof Decimal) + \'|\' + m.get(\'a\');').value).toBe(
            'true|true|true|(true)'
        );
    });

    it('reads ISO date-times with Z, an offset or a fraction', () => {
        expect(run('return ((Datetime) JSON.deserialize(\'"2026-03-04T10:00:00.000+02:00"\', Datetime.class)).formatGmt(\'HH:mm\');').value).toBe('08:00');
        expect(run('return ((Datetime) JSON.deserialize(\'"2026-03-04T10:00:00Z"\', Datetime.class)).getTime();').text).toBe('1772618400000');
    });

    it('writes SObjects with their attributes', () => {
        expect(run("return JSON.serialize(new Contact(LastName = 'Okafor'));").value).toBe('{"attributes":{"type":"Contact"},"LastName":"Okafor"}');
    });
});

describe('dates and times', () => {
    it('Date.today() is today in the running user\'s time zone (org clock 2026-03-04T15:00Z)', () => {
        expect(text('Date.today()')).toBe('2026-03-04');
        expect(text('Datetime.now().format(\'yyyy-MM-dd HH:mm\')')).toBe('2026-03-04 07:00');
    });

    it('String.valueOf writes a Datetime in the user\'s zone; concatenation writes GMT', () => {
        expect(text('Datetime.newInstanceGmt(2026, 3, 4, 15, 0, 0)')).toBe('2026-03-04 07:00:00');
        expect(run("return '' + Datetime.newInstanceGmt(2026, 3, 4, 15, 0, 0);").value).toBe('2026-03-04 15:00:00');
    });

    it('addMonths keeps the day within the month; daysBetween counts calendar days', () => {
        expect(text('Date.newInstance(2026, 1, 31).addMonths(1)')).toBe('2026-02-28');
        expect(run('return Date.newInstance(2026, 3, 1).daysBetween(Date.newInstance(2026, 3, 31));').value).toBe(30);
    });
});

describe('Pattern, EncodingUtil and Type', () => {
    it('matches() needs the whole input; find() and group() step through matches', () => {
        expect(run("return Pattern.matches('[a-z]+', 'abc1');").value).toBe(false);
        expect(run("Matcher m = Pattern.compile('(\\\\d)([a-z])').matcher('1a 2b'); String s = ''; while (m.find()) { s += m.group(2); } return s;").value).toBe('ab');
    });

    it('encodes hex and base64', () => {
        expect(run("return EncodingUtil.convertToHex(Blob.valueOf('AB'));").value).toBe('4142');
        expect(run("return EncodingUtil.base64Decode(EncodingUtil.base64Encode(Blob.valueOf('hi'))).toString();").value).toBe('hi');
    });

    it('Type.forName finds classes and SObjects, and null for an unknown name', () => {
        expect(run("return Type.forName('Schema.Account') != null && Type.forName('Schema.NoSuchThing__c') == null;").value).toBe(true);
        expect(run("return ((Account) Type.forName('Schema.Account').newInstance()).getSObjectType() == Account.SObjectType;").value).toBe(true);
    });
});

describe('Java regular expressions and Crypto', () => {
    it('support Unicode classes \\p{L} and \\p{N}, and Java\'s ASCII \\p{Alpha}', () => {
        expect(run("return Pattern.matches('\\\\p{L}+', 'Ünïcode');").value).toBe(true);
        expect(run("return Pattern.matches('\\\\p{Alpha}+', 'Ünïcode');").value).toBe(false);
        expect(text("'Ab12cd'.split('(?<=\\\\p{L})(?=\\\\p{N})|(?<=\\\\p{N})(?=\\\\p{L})')")).toBe('(Ab, 12, cd)');
    });

    it('encrypts and decrypts with AES, refusing a key of the wrong length with SecurityException', () => {
        expect(run("Blob key = Crypto.generateAesKey(128); return Crypto.decryptWithManagedIV('AES128', key, Crypto.encryptWithManagedIV('AES128', key, Blob.valueOf('secret'))).toString();").value).toBe('secret');
        expect(run("return Crypto.encryptWithManagedIV('AES128', Blob.valueOf('short'), Blob.valueOf('x'));").error).toBe('System.SecurityException: Invalid private key. Must be 16 bytes.');
    });
});

describe('sorting SObjects', () => {
    it('orders by object label, then Name, then other fields (Sorting Lists of sObjects)', () => {
        expect(
            run("List<SObject> l = new List<SObject>{ new Contact(LastName = 'b'), new Account(Name = 'z'), new Account(Name = 'a', Phone = '2'), new Account(Name = 'a', Phone = '1') }; l.sort(); String s = ''; for (SObject r : l) { s += r.getSObjectType() + ':' + (r instanceof Account ? r.get('Name') + '/' + r.get('Phone') : (String) r.get('LastName')) + ' '; } return s;").value
        ).toBe('Account:a/1 Account:a/2 Account:z/null Contact:b ');
    });
});
