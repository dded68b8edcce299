/*
 * Tasklist configuration of the clusterpact application. It replaces the webjar's
 * app/tasklist/scripts/config.js (Camunda 7.24.0), whose content is kept below with its licence header;
 * only "locales", customScripts (Dutch form messages, dossier links, the e-mail preference menu, the started pact) and the shortcuts'
 * descriptions (in Dutch) are changed, and the import of fresh-locales.js added.
 */
/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// The translations come from the server on every load, never from an older copy in the browser.
import '../../clusterpact/scripts/fresh-locales.js';

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Dutch first (README "Dutch screens"): a browser asking for nl or nl-BE gets locales/nl.json, one
  // asking for en gets English; any other language gets Dutch.
  "locales": {
    "availableLocales": ["nl", "en"],
    "fallbackLocale": "nl"
  },
  // Camunda Forms' validation messages in Dutch (form-js has them in English only); links to the
  // dossier pages (the open task's pact, the Hermes fund) in the menu bar; "E-mail" in the header: the
  // user's own e-mail preference (README "E-mail notifications"); after a start, the pact's dossier
  // number and first-year deadline.
  customScripts: [
    'scripts/form-messages-nl/messages',
    'scripts/dossier-links/links',
    'scripts/mail-preference/menu',
    'scripts/started-pact/started-pact'
  ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claimt de geselecteerde taak'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'gaat naar de eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'gaat naar de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'gaat naar het eerste veld van het taakformulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
