/**
 * Malformed and hostile bilingual files: each is refused with one line that names the
 * file, the line and what is wrong, and nothing in them is expanded or fetched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readBilingualFile} from '../../src/formats/index.js';
import {createI18n} from '../../src/i18n.js';
import {describeInputError} from '../../src/output.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-hostile-'));
const en = createI18n('en');
const es = createI18n('es');

function file(name: string, content: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

async function refusal(name: string, content: string | Buffer, lang: 'en' | 'es' = 'en'): Promise<string> {
  const p = file(name, content);
  const read = await readBilingualFile(p);
  if (read.ok) return 'accepted';
  const i18n = lang === 'en' ? en : es;
  return describeInputError(i18n.t.bind(i18n), read.error).replace(p, name);
}

const HEADER = '<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE tmx [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<tmx version="1.4">${HEADER}<body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv><tuv xml:lang="es"><seg>x</seg></tuv></tu></body></tmx>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!-- a comment first -->
<!DOCTYPE xliff SYSTEM "x.dtd" [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="es"><file id="f"><unit id="u"><segment><source>&secret;</source><target>x</target></segment></unit></file></xliff>`;

describe('refused with the exact message', () => {
  const cases: [string, string, string, string][] = [
    [
      'an entity bomb (billion laughs)',
      'bomb.tmx',
      BILLION_LAUGHS,
      'cotejo: bomb.tmx, line 2: the document type declaration declares entities or other definitions of its own. Cotejo refuses them, since an entity can expand without limit or read another file; remove the [ … ] part of the <!DOCTYPE …>.',
    ],
    [
      'an external entity',
      'xxe.xlf',
      EXTERNAL_ENTITY,
      'cotejo: xxe.xlf, line 3: the document type declaration declares entities or other definitions of its own. Cotejo refuses them, since an entity can expand without limit or read another file; remove the [ … ] part of the <!DOCTYPE …>.',
    ],
    [
      'an entity that was never declared',
      'nbsp.tmx',
      `<tmx version="1.4">${HEADER}<body>\n<tu><tuv xml:lang="en"><seg>a&nbsp;b</seg></tuv><tuv xml:lang="es"><seg>x</seg></tuv></tu></body></tmx>`,
      'cotejo: nbsp.tmx, line 2: unknown entity &nbsp;. Only &amp;, &lt;, &gt;, &quot;, &apos; and character references such as &#233; are read.',
    ],
    [
      'an unclosed tag',
      'unclosed.tmx',
      `<tmx version="1.4">\n${HEADER}\n<body>\n<tu><tuv xml:lang="en"><seg>a</seg></tuv>\n</body></tmx>`,
      'cotejo: unclosed.tmx, line 5: found </body> where </tu> (opened on line 4) should be closed first.',
    ],
    [
      'a document cut short',
      'cut.xlf',
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">\n<file id="f">\n<unit id="u">`,
      'cotejo: cut.xlf, line 3: the document ends before <unit> is closed. The file may have been cut short.',
    ],
    [
      'the wrong root element',
      'page.tmx',
      '<?xml version="1.0"?>\n\n<html><body><p>Hello</p></body></html>',
      'cotejo: page.tmx, line 3: the root element is <html>, but a tmx file starts with <tmx>.',
    ],
    [
      'two root elements',
      'two.xlf',
      '<xliff version="2.1" srcLang="en"/>\n<xliff version="2.1" srcLang="en"/>',
      'cotejo: two.xlf, line 2: the document has 2 root elements; XML allows one.',
    ],
    [
      'a character XML forbids',
      'bell.tmx',
      `<tmx version="1.4">${HEADER}<body>\n\n<tu><tuv xml:lang="en"><seg>ding\u0007</seg></tuv></tu></body></tmx>`,
      'cotejo: bell.tmx, line 3: the character U+0007 is not allowed in XML. Remove it and try again.',
    ],
    [
      'a TMX header without srclang',
      'nosrc.tmx',
      '<tmx version="1.4">\n<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body/></tmx>',
      'cotejo: nosrc.tmx, line 2: the TMX header does not name the source language (srclang). Add it, or give --source-lang.',
    ],
    [
      'a tuv without xml:lang',
      'nolang.tmx',
      `<tmx version="1.4">${HEADER}<body>\n<tu>\n<tuv xml:lang="en"><seg>a</seg></tuv>\n<tuv><seg>b</seg></tuv></tu></body></tmx>`,
      'cotejo: nolang.tmx, line 4: this <tuv> does not say its language. Add xml:lang="…".',
    ],
    [
      'a TMX with the source language only',
      'mono.tmx',
      `<tmx version="1.4">${HEADER}\n<body><tu><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>`,
      'cotejo: mono.tmx, line 2: the TMX file has no translation: every <tuv> is in the source language (en).',
    ],
    [
      'a tu with no tuv',
      'empty-tu.tmx',
      `<tmx version="1.4">${HEADER}<body>\n<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="es"><seg>b</seg></tuv></tu>\n<tu tuid="7"><prop type="x">y</prop></tu></body></tmx>`,
      'cotejo: empty-tu.tmx, line 3: this <tu> has no <tuv>.',
    ],
    [
      'a tu with one tuv in neither language',
      'other-tu.tmx',
      `<tmx version="1.4">${HEADER}<body>\n<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="es"><seg>b</seg></tuv></tu>\n<tu><tuv xml:lang="de"><seg>c</seg></tuv></tu></body></tmx>`,
      'cotejo: other-tu.tmx, line 3: the TMX file holds translations into several languages (es, de). Choose one with --target-lang.',
    ],
    [
      'an XLIFF 2 without srcLang',
      'nosrc.xlf',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>',
      'cotejo: nosrc.xlf, line 1: the XLIFF file does not name its source language (srcLang). Add it, or give --source-lang.',
    ],
    [
      'an XLIFF 2 with targets but no trgLang',
      'notrg.xlf',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">\n<file id="f">\n<unit id="u"><segment><source>a</source>\n<target>b</target></segment></unit></file></xliff>',
      'cotejo: notrg.xlf, line 4: the XLIFF file has translations but does not name their language (trgLang). Add it, or give --target-lang.',
    ],
    [
      'an XLIFF 1.2 without source-language',
      'old.xlf',
      '<xliff version="1.2">\n<file original="a" datatype="plaintext"><body><trans-unit id="1"><source>a</source></trans-unit></body></file></xliff>',
      'cotejo: old.xlf, line 2: the XLIFF file does not name its source language (source-language). Add it, or give --source-lang.',
    ],
    [
      'a segment without source',
      'nosource.xlf',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="es"><file id="f">\n<unit id="u">\n<segment><target>b</target></segment></unit></file></xliff>',
      'cotejo: nosource.xlf, line 3: this <segment> has no <source>.',
    ],
    [
      'a unit without segments',
      'nosegment.xlf',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="es"><file id="f">\n<unit id="u"><notes><note>n</note></notes></unit></file></xliff>',
      'cotejo: nosegment.xlf, line 2: this <unit> has no segment.',
    ],
    [
      'an XLIFF version nobody wrote',
      'v3.xlf',
      '<xliff version="3.0" srcLang="en"/>',
      'cotejo: v3.xlf, line 1: XLIFF version "3.0" is not supported. Cotejo reads XLIFF 1.2 and 2.x.',
    ],
    [
      'a CSV field whose quote is never closed',
      'unclosed.csv',
      'id,source (es),target (en)\r\n1,"Hola, mundo,Hello\r\n2,Adiós,Bye\r\n',
      'cotejo: unclosed.csv, line 2: a quoted field is never closed. Close it with " or double the quotes inside it ("").',
    ],
    [
      'a quote inside an unquoted CSV field',
      'stray.csv',
      'id,source (es),target (en)\n1,Hola,Hello\n2,Dijo "sí",He said yes\n',
      'cotejo: stray.csv, line 3: a quote character in an unquoted field. Quote the whole field and double the quotes inside it ("").',
    ],
    [
      'text after a closing quote in CSV',
      'after.csv',
      'id,source (es),target (en)\n1,"Hola\nmundo" x,Hello\n',
      'cotejo: after.csv, line 3: text after the closing quote of a field. A quote inside a quoted field is written twice ("").',
    ],
    [
      'a table without a header',
      'noheader.tsv',
      '1\tHola\tHello\n',
      'cotejo: noheader.tsv, line 1: the first row must name the columns, with at least "source" and "target" (for example: id, source (es), target (en), status, notes).',
    ],
    [
      'a table without languages',
      'nolang.csv',
      'id,source,target\n1,Hola,Hello\n',
      'cotejo: nolang.csv: the languages are not known. Write them in the header, as in "source (es)" and "target (en)", or give --source-lang and --target-lang.',
    ],
    [
      'an unknown status',
      'status.tsv',
      'id\tsource (es)\ttarget (en)\tstatus\n1\tHola\tHello\tdone\n',
      'cotejo: status.tsv, line 2: unknown status "done". Use automatic, edited or confirmed.',
    ],
    [
      'a table with no translation',
      'untranslated.tsv',
      'id\tsource (es)\ttarget (en)\n1\tHola\t\n',
      'cotejo: untranslated.tsv: the file has no translated text.',
    ],
    ['an empty table', 'empty.csv', '', 'cotejo: empty.csv: the file is empty. It needs a header row (id, source, target, status, notes) and at least one row.'],
    [
      'a file that is not bilingual',
      'notes.txt',
      'Just some text.\n',
      'cotejo: notes.txt: not a bilingual file Cotejo reads. Give a TMX, XLIFF, TSV, CSV or XLSX file, or a source and its translation.',
    ],
    [
      'a workbook that is not one',
      'fake.xlsx',
      'PK not really a zip',
      'cotejo: fake.xlsx: cannot be read as an Excel workbook; it is damaged or not an .xlsx file.',
    ],
  ];

  test.each(cases)('%s', async (_name, name, content, message) => {
    expect(await refusal(name, content)).toBe(message);
  });

  test('a tu in neither of the chosen languages', async () => {
    const p = file('neither.tmx', `<tmx version="1.4">${HEADER}<body>\n<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="es"><seg>b</seg></tuv></tu>\n<tu><tuv xml:lang="de"><seg>c</seg></tuv></tu></body></tmx>`);
    const read = await readBilingualFile(p, {targetLang: 'es'});
    expect(read.ok ? 'accepted' : describeInputError(en.t.bind(en), read.error)).toBe(`cotejo: ${p}, line 3: this <tu> has no <tuv> in en or es.`);
  });

  test('in Spanish too', async () => {
    expect(await refusal('bomba.tmx', BILLION_LAUGHS, 'es')).toBe(
      'cotejo: bomba.tmx, línea 2: la declaración de tipo de documento declara entidades u otras definiciones propias. Cotejo las rechaza, porque una entidad puede expandirse sin límite o leer otro archivo; quite la parte [ … ] de <!DOCTYPE …>.',
    );
  });
});

describe('accepted, as documented', () => {
  test('a DOCTYPE without declarations of its own, even with brackets in its literal', async () => {
    const p = file(
      'doctype.tmx',
      `<?xml version="1.0"?>\n<!DOCTYPE tmx PUBLIC "-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN [x]" "tmx14.dtd">\n<tmx version="1.4">${HEADER}<body><tu><tuv xml:lang="en"><seg>a &amp; b</seg></tuv><tuv xml:lang="es"><seg>c</seg></tuv></tu></body></tmx>`,
    );
    const read = await readBilingualFile(p);
    expect(read.ok && [read.value.source.paragraphs[0]!.text, read.value.target.paragraphs[0]!.text]).toEqual(['a & b', 'c']);
  });

  test('a tu with a single tuv is a bead with no counterpart (the DTD allows tuv+)', async () => {
    const p = file(
      'single.tmx',
      `<tmx version="1.4">${HEADER}<body><tu tuid="a"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="es"><seg>b</seg></tuv></tu><tu tuid="b"><tuv xml:lang="en"><seg>only source</seg></tuv></tu><tu tuid="c"><tuv xml:lang="es"><seg>solo destino</seg></tuv></tu></body></tmx>`,
    );
    const read = await readBilingualFile(p);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.alignment.map(b => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], []],
      [[], [1]],
    ]);
    expect(read.value.ids).toEqual(['a', 'b', 'c']);
  });

  test('an XML file with another extension, recognised by its root', async () => {
    const p = file('memory.xml', `<tmx version="1.4">${HEADER}<body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="es"><seg>b</seg></tuv></tu></body></tmx>`);
    const read = await readBilingualFile(p);
    expect(read.ok && read.value.format).toBe('tmx');
  });
});
