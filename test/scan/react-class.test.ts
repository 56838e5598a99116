// Candidate CU′ of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for candidate CU′"):
// a React or Preact class component is ended by its framework whether or not it declares
// componentWillUnmount(), so the timer rules read it as having that teardown; short delays stay
// exempt. From reactjs/react-modal 02cf2c3 (fix corpus, tuning half): a portal's
// closeWithTimeout() drops the handle of a timeout of closeTimeoutMS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { scan } from '../../src/scan/scanner.js';
import { tempTrees } from './support/tree.js';

const tree = tempTrees('leakguard-react-class-');

function found(code: string, file = 'Portal.jsx'): string[] {
  return analyze(parseFile(code, file), code, { visitorKeys: visitorKeys(), jsx: true }).map(
    (f) => `${f.line} ${f.rule}: ${f.message}`,
  );
}

const portal = (
  imports: string,
  base = 'React.Component',
  delay = 'this.props.closeTimeoutMS',
) => `${imports}
export class Portal extends ${base} {
  closeWithTimeout() {
    setTimeout(this.closeWithoutTimeout, ${delay});
  }
  closeWithoutTimeout = () => {
    this.setState({ open: false });
  };
  render() {
    return null;
  }
}
`;

describe('a React class component always ends (candidate CU′)', () => {
  it('reports a discarded timeout in a component that declares no componentWillUnmount', () => {
    expect(found(portal("import React from 'react';"))).toEqual([
      '4 no-unmanaged-timer: This setTimeout handle is discarded, and the component has no componentWillUnmount() to cancel it: it keeps the component alive and may run after it unmounts.',
    ]);
    expect(found(portal("import { Component } from 'preact';", 'Component'))).toHaveLength(1);
    expect(found(portal("const React = require('react');", 'React.PureComponent'))).toHaveLength(1);
  });

  it('keeps the short-delay exemption, and reads only React and Preact components', () => {
    expect(found(portal("import React from 'react';", 'React.Component', '300'))).toEqual([]);
    // `Component` of another framework, or no import at all: no teardown is known.
    expect(found(portal("import Component from '@glimmer/component';", 'Component'))).toEqual([]);
    expect(found(portal('', 'Component'))).toEqual([]);
  });

  it('reports a timeout field cleared elsewhere but never on unmount', () => {
    const code = `import React from 'react';
export class Search extends React.Component {
  onChange(value) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.props.search(value), this.props.wait);
  }
  render() {
    return null;
  }
}
`;
    expect(found(code, 'Search.jsx')).toEqual([
      '5 no-unpaired-teardown: The timeout kept in this.timer is cleared elsewhere, but the component has no componentWillUnmount() to clear it when it unmounts; it runs after that and keeps the component alive.',
    ]);
    // A short debounce, cleared before each re-arm, is a one-shot (literal or as written).
    for (const delay of ['300', "ms('300ms')"])
      expect(
        found(`import ms from 'ms';\n${code.replace('this.props.wait', delay)}`, 'Search.jsx'),
      ).toEqual([]);
    // With the method, the rule's own wording, as before.
    const withUnmount = code.replace('  render() {', '  componentWillUnmount() {}\n  render() {');
    expect(found(withUnmount, 'Search.jsx')[0]).toContain('not by componentWillUnmount()');
  });

  it('--fix adds the componentWillUnmount() that clears it, one clear per timeout field', () => {
    const code = `import React from 'react';
export class Search extends React.Component {
  onChange(value) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.props.search(value), this.props.wait);
  }
  onBlur() {
    clearTimeout(this.hide);
    this.hide = setTimeout(() => this.setState({ open: false }), this.props.hideAfter);
  }
  render() {
    return null;
  }
}
`;
    const cwd = tree({ 'Search.jsx': code });
    const r = scan({ cwd, fix: true });
    expect(r.summary.fixed).toBe(2);
    const fixed = readFileSync(join(cwd, 'Search.jsx'), 'utf8');
    expect(fixed).toBe(
      code.replace(
        '    return null;\n  }\n}\n',
        '    return null;\n  }\n  componentWillUnmount() {\n    if (this.hide) clearTimeout(this.hide);\n    if (this.timer) clearTimeout(this.timer);\n  }\n}\n',
      ),
    );
    // The fixed file has nothing left to report.
    expect(found(fixed, 'Search.jsx')).toEqual([]);
  });
});
