// Loaded into the API process by the browser tests (node --import) to play "n days later" on the same data:
// a public notice lasts at least 5 working days (A15), so a test that walks one case from the counter to the
// bank's result restarts the API with its clock moved forward, exactly as the office would meet the case a
// week later. Only the test harness passes this file; the API itself knows nothing of it.
const days = Number(process.env.HUIMIN_E2E_CLOCK_OFFSET_DAYS ?? '0');
if (Number.isFinite(days) && days !== 0) {
  const offset = days * 86_400_000;
  const RealDate = Date;
  /**
   * `new Date()` and `Date.now()` run `days` ahead; every other form (a given time, parsing, UTC) is untouched.
   * @param {...(string | number | Date)} args
   */
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
    // @ts-expect-error -- Date's overloads take these arguments as given
    return args.length === 0 ? new RealDate(RealDate.now() + offset) : new RealDate(...args);
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = () => RealDate.now() + offset;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  globalThis.Date = /** @type {DateConstructor} */ (/** @type {unknown} */ (ShiftedDate));
}
