/**
 * The document's title, language, dates and makers as XMP (ISO 16684-1), which PDF/UA readers look for. Every
 * character but letters, digits and a few marks is a character reference: the stream is not compressed, and no
 * text from a strategy is in the file as it is.
 */
export function xmp(info: { title: string; lang: string; date: string; creator: string; producer: string }): string {
  const xml = (value: string) => value.replace(/[^A-Za-z0-9 .,:;_+=@-]/gu, (ch) => `&#${ch.codePointAt(0)};`);
  const when = `${info.date}T00:00:00Z`;
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(info.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${when}</xmp:CreateDate><xmp:ModifyDate>${when}</xmp:ModifyDate><xmp:CreatorTool>${xml(info.creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${xml(info.producer)}</pdf:Producer>`,
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
