import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { installMatchMediaStub, resetSystemColorScheme } from './core/mocks';

// Tests select what users act on by the same attribute Kibana's functional tests use.
// findBy/waitFor wait up to 10 s instead of 1 s: on a busy two-core machine an EUI page can
// take longer than a second to settle in jsdom, and only a wrong result may fail a test.
configure({ testIdAttribute: 'data-test-subj', asyncUtilTimeout: 10_000 });

// EUI's test build renders icons as plain spans synchronously; the real one loads each icon
// with a dynamic import, which jsdom would resolve after the test has moved on.
jest.mock('@elastic/eui', () => jest.requireActual('@elastic/eui/test-env'));

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverStub });
}

installMatchMediaStub();

// EUI measures text and positions popovers with these; jsdom leaves them out.
if (!HTMLElement.prototype.scrollIntoView) HTMLElement.prototype.scrollIntoView = () => undefined;
if (!window.HTMLElement.prototype.hasPointerCapture) window.HTMLElement.prototype.hasPointerCapture = () => false;

afterEach(() => resetSystemColorScheme());
// Drafts live in sessionStorage, which jsdom keeps for the whole file: each test starts with none.
afterEach(() => window.sessionStorage.clear());
