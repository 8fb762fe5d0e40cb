/// <reference path="../../js/src/glue.d.ts" />
// The few WebExtension APIs the extension uses, typed by hand (keeps the
// dependency list short; the full @types/chrome is not needed).
declare const __HIRELENS_VERSION__: string;

// The glue's types are the npm package's (js/src/glue.d.ts).

declare namespace chrome {
  namespace runtime {
    const id: string;
    const lastError: { message?: string } | undefined;
    interface MessageSender {
      id?: string;
      url?: string;
      origin?: string;
      tab?: tabs.Tab;
      frameId?: number;
      documentId?: string;
    }
    function getURL(path: string): string;
    function sendMessage(message: unknown): Promise<unknown>;
    function getManifest(): { version: string };
    function openOptionsPage(): Promise<void>;
    const onMessage: {
      addListener(cb: (message: unknown, sender: MessageSender, sendResponse: (r: unknown) => void) => boolean | void): void;
    };
    const onInstalled: { addListener(cb: (details: { reason: string }) => void): void };
    const onStartup: { addListener(cb: () => void): void };
  }
  namespace tabs {
    interface Tab {
      id?: number;
      url?: string;
      windowId?: number;
    }
    function create(props: { url: string; active?: boolean }): Promise<Tab>;
    function query(q: { active?: boolean; currentWindow?: boolean }): Promise<Tab[]>;
  }
  namespace storage {
    interface Area {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    }
    const local: Area;
    const session: Area | undefined;
    const onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  }
  namespace contextMenus {
    interface OnClickData {
      menuItemId: string | number;
      selectionText?: string;
      pageUrl?: string;
    }
    function create(props: { id: string; title: string; contexts: string[] }, cb?: () => void): void;
    function removeAll(cb?: () => void): void;
    const onClicked: { addListener(cb: (info: OnClickData, tab?: tabs.Tab) => void): void };
  }
  namespace scripting {
    function executeScript(opts: { target: { tabId: number }; files: string[] }): Promise<unknown>;
    function insertCSS(opts: { target: { tabId: number }; files: string[] }): Promise<void>;
    interface RegisteredContentScript {
      id: string;
      matches?: string[];
      js?: string[];
      css?: string[];
      runAt?: 'document_start' | 'document_end' | 'document_idle';
      allFrames?: boolean;
      persistAcrossSessions?: boolean;
    }
    function registerContentScripts(scripts: RegisteredContentScript[]): Promise<void>;
    function unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    function getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredContentScript[]>;
  }
  namespace permissions {
    interface Permissions {
      origins?: string[];
      permissions?: string[];
    }
    function getAll(): Promise<Permissions>;
    function contains(p: Permissions): Promise<boolean>;
    function request(p: Permissions): Promise<boolean>;
    function remove(p: Permissions): Promise<boolean>;
    const onAdded: { addListener(cb: (p: Permissions) => void): void };
    const onRemoved: { addListener(cb: (p: Permissions) => void): void };
  }
  namespace i18n {
    function getUILanguage(): string;
    function getMessage(name: string, subs?: string | string[]): string;
  }
}
