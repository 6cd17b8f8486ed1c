"""Summarises a JUnit XML file written by `python -m test --junit-xml FILE` as one JSON object:
counts of tests run, failures, errors, skipped, expected failures and unexpected successes, and
the names of the failing / erroring / skipped test cases (with the first line of the message)."""
import json
import sys
import xml.etree.ElementTree as ET


def summarise(path):
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == 'testsuite' else root.findall('testsuite')
    out = {'tests': 0, 'failures': 0, 'errors': 0, 'skipped': 0, 'expectedFailures': 0,
           'unexpectedSuccesses': 0, 'failed': [], 'errored': [], 'skippedCases': []}
    for suite in suites:
        out['tests'] += int(suite.get('tests', 0))
        out['failures'] += int(suite.get('failures', 0))
        out['errors'] += int(suite.get('errors', 0))
        for case in suite.findall('testcase'):
            name = case.get('name', '?')
            for kind, key in (('failure', 'failed'), ('error', 'errored')):
                e = case.find(kind)
                if e is not None:
                    message = (e.get('message') or '').strip().splitlines()
                    out[key].append({'name': name, 'type': e.get('type'),
                                     'message': message[-1] if message else '',
                                     'traceback': (e.text or '')[-4000:]})
            s = case.find('skipped')
            if s is not None:
                out['skipped'] += 1
                out['skippedCases'].append({'name': name, 'reason': (s.text or '')[:200]})
            if case.find('output') is not None:
                out['expectedFailures'] += 1
            if case.find('outcome') is not None:
                out['unexpectedSuccesses'] += 1
    return out


if __name__ == '__main__':
    json.dump(summarise(sys.argv[1]), sys.stdout)
    sys.stdout.write('\n')
