/*
 * A streaming reader of the registry files the core systems export (the same dialect as the API's file import:
 * UTF-8 with or without BOM, comma separated, RFC 4180 quotes — a quote opens a quoted field only at its start,
 * `""` is a quote inside one — LF, CRLF or CR line ends, rows whose every field is empty skipped). The API reads
 * a request body whole; a province's monthly file has millions of lines, so this one takes the text chunk by
 * chunk and hands out each record with the physical line it starts on (what an operator looks up in the file).
 */
export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number;
  fields: string[];
  /** The file ended inside a quoted field: the record runs to the end of the file. */
  unterminated?: true;
}

export class CsvStreamParser {
  #line = 1;
  #recordLine = 1;
  #row: string[] = [];
  #field = '';
  #quoted = false;
  /** A quote seen inside a quoted field: either the closing quote or the first of a doubled one. */
  #quotePending = false;
  /** A CR was the last character: an LF right after it belongs to the same line end. */
  #crPending = false;
  #started = false;

  /** Records completed by this piece of text. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let s = text;
    if (!this.#started) {
      this.#started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    let field = this.#field;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (this.#crPending) {
        this.#crPending = false;
        if (c === '\n') {
          // The LF of a CRLF: one line end. Inside quotes the value keeps it, as the API's reader does.
          if (this.#quoted && !this.#quotePending) field += c;
          continue;
        }
      }
      if (this.#quoted) {
        if (this.#quotePending) {
          this.#quotePending = false;
          if (c === '"') {
            field += '"';
            continue;
          }
          this.#quoted = false;
          // fall through: the character after the closing quote is read as outside quotes
        } else if (c === '"') {
          this.#quotePending = true;
          continue;
        } else {
          if (c === '\n' || c === '\r') {
            this.#line++;
            if (c === '\r') this.#crPending = true;
          }
          field += c;
          continue;
        }
      }
      if (c === '"' && field === '') this.#quoted = true;
      else if (c === ',') {
        this.#row.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        this.#row.push(field);
        field = '';
        if (this.#row.some((f) => f !== '')) out.push({ line: this.#recordLine, fields: this.#row });
        this.#row = [];
        this.#line++;
        this.#recordLine = this.#line;
        if (c === '\r') this.#crPending = true;
      } else {
        // A run of ordinary characters up to the next comma, quote or line end, taken as one slice: adding them one
        // by one made a string per character (issue 8: most of the parse and of the garbage of a million-line file).
        let j = i + 1;
        while (j < s.length) {
          const k = s.charCodeAt(j);
          if (k === 44 || k === 34 || k === 10 || k === 13) break;
          j++;
        }
        field += s.slice(i, j);
        i = j - 1;
      }
    }
    this.#field = field;
    return out;
  }

  /** The last record (a file need not end with a line break). */
  end(): CsvRecord[] {
    if (this.#quotePending) {
      this.#quotePending = false;
      this.#quoted = false;
    }
    const unterminated = this.#quoted;
    this.#row.push(this.#field);
    this.#field = '';
    const row = this.#row;
    this.#row = [];
    if (unterminated) return [{ line: this.#recordLine, fields: row, unterminated: true }];
    return row.some((f) => f !== '') ? [{ line: this.#recordLine, fields: row }] : [];
  }
}
