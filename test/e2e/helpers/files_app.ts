/**
 * What the files, observables and similar-cases browser flows share: opening a place of the case
 * view by its URL, the Files section's rows and its two ways in (the upload button's file dialog
 * and a drop), reading what a download saved, and the API calls that seed a case or check what
 * the page did (the server's own answers, never constants copied into the test).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { authHeaders, type ServerProcess } from '../../helpers/server_process';
import { testSubj } from './browser';
import { api } from './cases_app';

export const IPV4 = 'observable-type-ipv4';

/** A file as the tests hand it to the page or the API: Playwright's payload shape. */
export interface FixtureFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export type CaseViewPlace = 'files' | 'observables' | 'alerts' | 'events' | 'indicators' | 'similar';

/** Opens the case view on a section of Attachments (or on Similar cases) by its `?tabId=`. */
export async function openCasePlace(page: Page, server: ServerProcess, caseId: string, place: CaseViewPlace): Promise<void> {
  await page.goto(`${server.url}/app/cases/${encodeURIComponent(caseId)}?tabId=${place}`);
  await page.locator(testSubj('case-view-page')).waitFor();
  if (place === 'similar') await page.locator(`${testSubj('case-view-tab-title-similar')}[aria-selected="true"]`).waitFor();
  else await page.locator(testSubj(`case-view-tab-content-${place}`)).waitFor();
}

// ---------------------------------------------------------------------------------------------
// The Files section
// ---------------------------------------------------------------------------------------------

/** The row whose shown name is exactly `name` (as `name.ext`). */
export function fileRow(page: Page, name: string): Locator {
  return page.locator(`${testSubj('case-files-table')} [data-test-subj^="case-files-row-"]`).filter({
    has: page.locator(testSubj('case-files-name'), { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  });
}

/** Waits for the listing to settle with exactly `count` rows. */
export async function waitForFileRows(page: Page, count: number): Promise<void> {
  await page.locator(`${testSubj('case-files-table')}:not(.euiBasicTable-loading)`).waitFor();
  await page.locator(testSubj('case-files-count')).filter({ hasText: new RegExp(`^${count} files?$`) }).waitFor();
  await page.locator(`${testSubj('case-files-table')} [data-test-subj^="case-files-row-"]`).nth(count - 1).waitFor();
}

/** Chooses files in the native dialog the "Upload files" button opens, as a user does. */
export async function uploadThroughButton(page: Page, files: FixtureFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.click(testSubj('case-files-upload-button'));
  await (await chooser).setFiles(files);
}

/**
 * Drops files on the Files section as a drag from the desktop would: dragenter, dragover and drop
 * carrying one DataTransfer that holds the files (Playwright cannot drag from outside the page).
 */
export async function dropFiles(page: Page, files: FixtureFile[]): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, mimeType, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type: mimeType }));
    }
    return transfer;
  }, payload);
  const zone = page.locator(testSubj('case-files-drop-zone'));
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await page.locator(`${testSubj('case-files-drop-zone')}[data-dragging="true"]`).waitFor();
  await zone.dispatchEvent('drop', { dataTransfer });
  await dataTransfer.dispose();
}

/** The bytes a download saved, once the browser has finished writing them. */
export async function savedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Clicks `control` and returns the download it starts. */
export async function downloadByClicking(page: Page, control: Locator): Promise<Download> {
  const download = page.waitForEvent('download');
  await control.click();
  return download;
}

/**
 * The image inside the preview, once the browser has decoded it. EUI puts the test subject on the
 * `<img>` or on its wrapper depending on the version, so both are handled.
 */
export async function previewImageWidth(page: Page): Promise<number> {
  const image = page.locator(`${testSubj('case-files-preview-modal')} img`).first();
  await image.waitFor();
  return image.evaluate(async (img: HTMLImageElement) => {
    if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
    return img.naturalWidth;
  });
}

// ---------------------------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------------------------

const caseUrl = (caseId: string) => `/internal/cases/${encodeURIComponent(caseId)}`;

export interface ListedFile {
  id: string;
  name: string;
  extension?: string;
  mimeType: string;
  size: number;
  hash?: { sha256?: string };
}

/** Kibana's public upload, as a script sends it: multipart with the `file` part. */
export async function uploadThroughApi(server: ServerProcess, caseId: string, file: FixtureFile): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.buffer)], { type: file.mimeType }), file.name);
  const { authorization, 'kbn-xsrf': xsrf } = authHeaders(server);
  const response = await fetch(`${server.url}/api/cases/${encodeURIComponent(caseId)}/files`, { method: 'POST', headers: { authorization, 'kbn-xsrf': xsrf }, body: form });
  if (!response.ok) throw new Error(`the upload of ${file.name} answered ${response.status}: ${await response.text()}`);
}

export async function filesThroughApi(server: ServerProcess, caseId: string): Promise<ListedFile[]> {
  const listed = await api<{ files: ListedFile[] }>(server, 'GET', `${caseUrl(caseId)}/files?page=1&perPage=100`);
  return listed.files;
}

export interface FetchedDownload {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/** The download route as the superuser reaches it, headers and all. */
export async function downloadThroughApi(server: ServerProcess, caseId: string, fileId: string, { inline = false } = {}): Promise<FetchedDownload> {
  const { authorization } = authHeaders(server);
  const url = `${server.url}${caseUrl(caseId)}/files/${encodeURIComponent(fileId)}/download${inline ? '?inline=true' : ''}`;
  const response = await fetch(url, { headers: { authorization } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The path of a file's download (no host), as the page links it in the default space. */
export const downloadPath = (caseId: string, fileId: string) => `${caseUrl(caseId)}/files/${encodeURIComponent(fileId)}/download`;

export function addObservableThroughApi(server: ServerProcess, caseId: string, observable: { typeKey: string; value: string; description?: string | null }) {
  return api(server, 'POST', `${caseUrl(caseId)}/observables`, { observable: { description: null, ...observable } });
}

export interface CaseObservables {
  observables: Array<{ id: string; typeKey: string; value: string; description: string | null }>;
}

export const caseThroughApi = (server: ServerProcess, caseId: string) => api<CaseObservables & { id: string; title: string }>(server, 'GET', `/api/cases/${encodeURIComponent(caseId)}`);
