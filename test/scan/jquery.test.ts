// Candidate JQ of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for candidate JQ"):
// a jQuery wrapper of a page-level object (`$(window)`, `$(document)`, `$('body')`…) is that
// object, which outlives every plugin instance; jQuery's delegated form, `$.proxy` handlers and
// namespaced, chained removals are read as jQuery runs them. The shapes are the fix corpus's
// kenwheeler/slick 3898d2d, nhn/tui.grid eaa4ec5 and glidejs/glide 2eac314 (nineteenth batch).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { jqueryEventsMatch } from '../../src/scan/rules/listener.js';

const lines = (code: string): number[] =>
  analyze(parseFile(code, 'plugin.js'), code, { visitorKeys: visitorKeys() })
    .filter((f) => f.rule === 'no-unmanaged-listener')
    .map((f) => f.line);

/** slick: a slider binds page handlers per instance; destroy() is where they must go. */
const slider = (destroy: string) => `function Slick(element) {
  var _ = this;
  _.instanceUid = Slick.uid++;
  _.$slider = $(element);
}
Slick.prototype.initializeEvents = function () {
  var _ = this;
  $(window).on('resize.slick.slick-' + _.instanceUid, $.proxy(_.resize, _));
  $(document).on('click', '.slick-dots li', _.changeSlide);
};
Slick.prototype.destroy = function () {
  var _ = this;
  ${destroy}
};
`;

describe('candidate JQ: jQuery page-level wrappers', () => {
  it("reports a plugin instance's page handlers that destroy() leaves", () => {
    expect(lines(slider(''))).toEqual([8, 9]);
    expect(lines(slider("_.$slider.off('.slick');"))).toEqual([8, 9]);
  });

  it("takes jQuery's removals: by namespace, by type, with the proxied handler, delegated, chained", () => {
    const delegated = "$(document).off('click', '.slick-dots li', _.changeSlide);";
    for (const off of [
      "$(window).off('.slick.slick-' + _.instanceUid);",
      "$(window).off('resize.slick.slick-' + _.instanceUid, _.resize);",
      "$(window).off('.slick');",
      "$(window).off('resize');",
      "$(window).off('scroll').off('resize.slick.slick-' + _.instanceUid);",
    ])
      expect(lines(slider(`${off} ${delegated}`)), off).toEqual([]);
    // another namespace, another type, another instance's name: nothing of ours goes
    expect(lines(slider("$(window).off('.other'); $(document).off('click');"))).toEqual([8]);
    expect(lines(slider("$(window).off('scroll.slick'); " + delegated))).toEqual([8]);
    expect(lines(slider("$(window).off('resize.slick.slick-' + other); " + delegated))).toEqual([
      8,
    ]);
  });

  it('reads every page-level wrapper, and leaves wrappers of other elements alone', () => {
    // tui.grid: a per-grid selection model binds a document handler and never unbinds it
    const code = `var Selection = View.extend({
  initialize: function () {
    $(document).on('mouseup', $.proxy(this.stopAutoScroll, this));
    jQuery(document.body).on('keydown', this.onKey);
    $('html').on('scroll', this.onScroll);
    $(this.el).on('click', this.onClick);
    $(this.el).find('td').on('click', this.onCell);
  },
});`;
    expect(lines(code)).toEqual([3, 4, 5]);
  });

  it('matches event strings as jQuery does', () => {
    expect(jqueryEventsMatch('"resize.a.b"', '".a"')).toBe(true);
    expect(jqueryEventsMatch('"resize.a.b"', '"resize.b"')).toBe(true);
    expect(jqueryEventsMatch('"resize.a"', '"resize"')).toBe(true);
    expect(jqueryEventsMatch('"focus blur"', '"focus blur unload"')).toBe(true);
    expect(jqueryEventsMatch('"focus blur"', '"focus"')).toBe(false);
    expect(jqueryEventsMatch('"resize.a"', '".b"')).toBe(false);
    expect(jqueryEventsMatch('"resize"', '".a"')).toBe(false);
    expect(jqueryEventsMatch("'resize.x.'+id", "'.x.'+id")).toBe(true);
    expect(jqueryEventsMatch("'resize.x.'+id", '".x"')).toBe(true);
    expect(jqueryEventsMatch("'resize.x.'+id", "'.x.'+other")).toBe(false);
    expect(jqueryEventsMatch('"resize"', null)).toBe(false);
  });
});
