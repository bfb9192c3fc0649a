// Generated from the app's OpenAPI document (GET /api/openapi.json) by scripts/api-types.ts.
// Do not edit: change the server's zod schemas and run `npm run api:types`.

export interface paths {
  '/health': {
    /** Liveness, with the database engine in use and whether it takes writes */
    get: {
      responses: {
        /** @description Up and able to write to its database */
        200: {
          content: {
            'application/json': components['schemas']['Health'];
          };
        };
        /** @description Up, but the database cannot be reached or written */
        503: {
          content: {
            'application/json': components['schemas']['Health'];
          };
        };
      };
    };
  };
  '/auth/login': {
    /** Sign in; starts a new session */
    post: {
      requestBody: {
        content: {
          'application/json': components['schemas']['LoginRequest'];
        };
      };
      responses: {
        /** @description Signed in */
        200: {
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many failed attempts; the Retry-After header gives the seconds to wait */
        429: {
          headers: {
            'Retry-After': string;
          };
          content: never;
        };
      };
    };
  };
  '/auth/logout': {
    /** Sign out; the session ends on the server */
    post: {
      responses: {
        /** @description Signed out */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/auth/me': {
    /** The signed-in user, their units and roles */
    get: {
      responses: {
        /** @description Current user */
        200: {
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/auth/locale': {
    /** Choose the interface language */
    put: {
      requestBody: {
        content: {
          'application/json': components['schemas']['LocaleRequest'];
        };
      };
      responses: {
        /** @description Saved */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/auth/text-size': {
    /** Choose one’s own reading size (normal, large, extra large); kept on the account */
    put: {
      requestBody: {
        content: {
          'application/json': components['schemas']['TextSizeRequest'];
        };
      };
      responses: {
        /** @description Saved */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/auth/password': {
    /** Change one’s own password; every other session of the person ends */
    put: {
      requestBody: {
        content: {
          'application/json': components['schemas']['ChangePasswordRequest'];
        };
      };
      responses: {
        /** @description Changed */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many failed attempts; the Retry-After header gives the seconds to wait */
        429: {
          headers: {
            'Retry-After': string;
          };
          content: never;
        };
      };
    };
  };
  '/orgs': {
    /**
     * The organisation tree, one level at a time
     * @description Without `parentId`: the tops of what the user sees (an administrator: every root) and the units directly under them. With `parentId`: the units directly under that unit. Each unit says how many units sit directly under it (`childCount`), so a screen knows what it can expand.
     */
    get: {
      parameters: {
        query?: {
          parentId?: string;
        };
      };
      responses: {
        /** @description One level (or two) of units */
        200: {
          content: {
            'application/json': {
              units: components['schemas']['OrgTreeUnit'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Create a unit under a parent */
    post: {
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateUnitRequest'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          content: {
            'application/json': components['schemas']['OrgUnit'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/search': {
    /**
     * Find units by name for a picker
     * @description Units the user sees whose name holds every word of `q`, tones and case ignored (đ = d): names that start with `q` first, then those with a word that starts with it, then by name; at most `limit`.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          kind?: 'committee' | 'cell' | 'group';
          under?: string;
          exclude?: string;
          limit?: number;
        };
      };
      responses: {
        /** @description The units found, best first */
        200: {
          content: {
            'application/json': {
              units: components['schemas']['OrgUnitChoice'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}': {
    /** One unit with its place in the tree */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The unit */
        200: {
          content: {
            'application/json': components['schemas']['OrgUnitDetail'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Delete an empty unit */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Deleted */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Rename, re-describe or move a unit */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateUnitRequest'];
        };
      };
      responses: {
        /** @description Updated */
        200: {
          content: {
            'application/json': components['schemas']['OrgUnit'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/members': {
    /** The roster of a unit */
    get: {
      parameters: {
        query?: {
          status?: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
          q?: string;
          scope?: 'unit' | 'subtree';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Roster */
        200: {
          content: {
            'application/json': {
              members: components['schemas']['MemberSummary'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/members/export': {
    /** The roster as an Excel workbook (.xlsx), Vietnamese headers; personal fields as the roster shows them */
    get: {
      parameters: {
        query?: {
          status?: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
          q?: string;
          scope?: 'unit' | 'subtree';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The workbook (.xlsx) */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members': {
    /** Add a party member or a non-member staff person to a unit */
    post: {
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateMemberRequest'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          content: {
            'application/json': components['schemas']['Member'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members/{id}': {
    /** A person with their membership and role history */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The person */
        200: {
          content: {
            'application/json': components['schemas']['Member'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Edit a person’s profile */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateMemberRequest'];
        };
      };
      responses: {
        /** @description Updated */
        200: {
          content: {
            'application/json': components['schemas']['Member'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members/{id}/status': {
    /** Change a member’s status from a date */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ChangeStatusRequest'];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          content: {
            'application/json': components['schemas']['Member'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members/{id}/transfer': {
    /** Move a person to another unit from a date */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TransferRequest'];
        };
      };
      responses: {
        /** @description Transferred */
        200: {
          content: {
            'application/json': components['schemas']['Member'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members/{id}/account': {
    /** Give a person a login */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateAccountRequest'];
        };
      };
      responses: {
        /** @description Account created */
        201: {
          content: {
            'application/json': {
              username: string;
            };
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/roles': {
    /** Who holds which role in a unit (and who held it before) */
    get: {
      parameters: {
        query?: {
          history?: 'true' | 'false';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Roles */
        200: {
          content: {
            'application/json': {
              roles: components['schemas']['RoleAssignment'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Give a person a role in the unit */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AssignRoleRequest'];
        };
      };
      responses: {
        /** @description Assigned */
        201: {
          content: {
            'application/json': components['schemas']['RoleAssignment'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/roles/{id}/end': {
    /** End a role on a date */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EndRoleRequest'];
        };
      };
      responses: {
        /** @description Ended */
        200: {
          content: {
            'application/json': components['schemas']['RoleAssignment'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/audit': {
    /** Who changed what, when, in a unit’s subtree */
    get: {
      parameters: {
        query?: {
          unitId?: string;
          entityId?: string;
          limit?: number;
        };
      };
      responses: {
        /** @description Entries, newest first */
        200: {
          content: {
            'application/json': {
              entries: components['schemas']['AuditEntry'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/guidance': {
    /** Guidance a unit works under: from its committee and every committee above */
    get: {
      parameters: {
        query?: {
          year?: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Guidance, newest first */
        200: {
          content: {
            'application/json': {
              guidance: components['schemas']['Guidance'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Issue the year’s guidance to the committee’s subtree */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['GuidanceRequest'];
        };
      };
      responses: {
        /** @description Issued */
        201: {
          content: {
            'application/json': components['schemas']['Guidance'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/guidance/{id}': {
    /** Correct issued guidance */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['GuidanceRequest'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          content: {
            'application/json': components['schemas']['Guidance'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/committees/{id}/reminders': {
    /** Remind one or several lagging cells under the committee (its officers) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CommitteeReminderRequest'];
        };
      };
      responses: {
        /** @description Recorded and sent to each cell */
        200: {
          content: {
            'application/json': components['schemas']['CommitteeReminderResult'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/committee-reminders': {
    /** Reminders of a year: those a cell received from the committees above, or those a committee sent */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Reminders, newest first */
        200: {
          content: {
            'application/json': components['schemas']['CommitteeReminders'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/plans': {
    /** The cells and committees right under a unit with the state of their plans for a year */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Cells and their plans */
        200: {
          content: {
            'application/json': components['schemas']['CellPlans'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Start the cell’s plan for a year */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreatePlanRequest'];
        };
      };
      responses: {
        /** @description Created as a draft */
        201: {
          content: {
            'application/json': components['schemas']['Plan'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/plans/{id}': {
    /** A plan with its topics, assignment table, history and rule checks */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The plan */
        200: {
          content: {
            'application/json': components['schemas']['Plan'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Save the whole plan (while a draft or returned) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PlanRequest'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          content: {
            'application/json': components['schemas']['Plan'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/plans/{id}/export': {
    /** The plan as an Excel workbook (.xlsx): its topics, and the assignment table with each step’s state */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The workbook (.xlsx) */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/plans/{id}/adopt': {
    /** The cell adopted the plan at a meeting */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AdoptPlanRequest'];
        };
      };
      responses: {
        /** @description The plan in its new state */
        200: {
          content: {
            'application/json': components['schemas']['Plan'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/plans/{id}/reopen': {
    /** Reopen an adopted plan for changes */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyRequest'];
        };
      };
      responses: {
        /** @description The plan in its new state */
        200: {
          content: {
            'application/json': components['schemas']['Plan'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/plans/{id}/submit': {
    /** Report the plan to the committee */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyRequest'];
        };
      };
      responses: {
        /** @description The plan in its new state */
        200: {
          content: {
            'application/json': components['schemas']['Plan'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/plans/{id}/acknowledge': {
    /** The committee acknowledges the plan */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PlanRemarkRequest'];
        };
      };
      responses: {
        /** @description The plan in its new state */
        200: {
          content: {
            'application/json': components['schemas']['Plan'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/plans/{id}/return': {
    /** The committee returns the plan with remarks */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReturnPlanRequest'];
        };
      };
      responses: {
        /** @description The plan in its new state */
        200: {
          content: {
            'application/json': components['schemas']['Plan'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/registrations': {
    /** Topics the cell’s members proposed for a year */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Proposals */
        200: {
          content: {
            'application/json': components['schemas']['TopicRegistrations'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Propose a topic to present */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RegistrationRequest'];
        };
      };
      responses: {
        /** @description Registered */
        201: {
          content: {
            'application/json': components['schemas']['TopicRegistration'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/registrations/{id}': {
    /** Withdraw a proposal not yet in the plan */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Withdrawn */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/library': {
    /** Model topics published by the unit’s committees */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Library */
        200: {
          content: {
            'application/json': {
              models: components['schemas']['TopicModel'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/library': {
    /** Publish a finished topic as a model for the committee’s cells */
    post: {
      requestBody: {
        content: {
          'application/json': components['schemas']['PublishModelRequest'];
        };
      };
      responses: {
        /** @description Published */
        201: {
          content: {
            'application/json': components['schemas']['TopicModel'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/library/{id}': {
    /** Withdraw a model from the library */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Withdrawn */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/me/assignments': {
    /** Topics I prepare and plan steps I answer for */
    get: {
      parameters: {
        query: {
          year: number;
        };
      };
      responses: {
        /** @description My assignments */
        200: {
          content: {
            'application/json': components['schemas']['MyAssignments'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}': {
    /** A topic of the plan in preparation: briefing, texts, comments, readers, steps */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The topic */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/briefing': {
    /** Record the secretary’s briefing of the preparer */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BriefingRequest'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/versions': {
    /** Save the outline or the draft as a new version */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SaveVersionRequest'];
        };
      };
      responses: {
        /** @description Saved */
        201: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/versions/{versionId}': {
    /** One saved version of the outline or the draft */
    get: {
      parameters: {
        path: {
          id: string;
          versionId: string;
        };
      };
      responses: {
        /** @description The version */
        200: {
          content: {
            'application/json': components['schemas']['TopicVersion'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/diff': {
    /** Compare two versions word by word */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The differences */
        200: {
          content: {
            'application/json': components['schemas']['TopicVersionDiff'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/opened': {
    /** Record that the signed-in member opened the text sent to them (read receipt) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyTopicRequest'];
        };
      };
      responses: {
        /** @description Recorded */
        200: {
          content: {
            'application/json': components['schemas']['OpenedResponse'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/comments': {
    /** Comment on the distributed draft, on the whole or on a passage */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CommentRequest'];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/comments/{commentId}/disposition': {
    /** The preparer accepts, partly accepts or explains not accepting a comment */
    put: {
      parameters: {
        path: {
          id: string;
          commentId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DispositionRequest'];
        };
      };
      responses: {
        /** @description Recorded */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/attachments': {
    /** Attach a PDF, Word document or image (10 MB at most) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description PDF, Word or image, ≤ 10 MB
             */
            file?: string;
          };
        };
      };
      responses: {
        /** @description Attached */
        201: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/attachments/{attachmentId}': {
    /** Download an attachment */
    get: {
      parameters: {
        path: {
          id: string;
          attachmentId: string;
        };
      };
      responses: {
        /** @description The file */
        200: {
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Remove an attachment */
    delete: {
      parameters: {
        path: {
          id: string;
          attachmentId: string;
        };
      };
      responses: {
        /** @description Removed */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/decisions': {
    /** The preparer adds a decision to a resolution topic (numbered items under “CHI BỘ QUYẾT NGHỊ:”) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ResolutionDecisionRequest'];
        };
      };
      responses: {
        /** @description Added */
        201: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/decisions/{decisionId}': {
    /** The preparer changes a decision not yet adopted, while the draft is being written */
    put: {
      parameters: {
        path: {
          id: string;
          decisionId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ResolutionDecisionRequest'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** The preparer removes a decision not yet adopted, while the draft is being written */
    delete: {
      parameters: {
        path: {
          id: string;
          decisionId: string;
        };
      };
      responses: {
        /** @description Removed */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/submit': {
    /** The preparer submits the draft for approval */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyTopicRequest'];
        };
      };
      responses: {
        /** @description The topic in its new state */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/withdraw': {
    /** The preparer takes a submitted draft back */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyTopicRequest'];
        };
      };
      responses: {
        /** @description The topic in its new state */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/approve': {
    /** The cell committee (or secretary) approves the draft; draft 1 then goes to members */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ApproveDraftRequest'];
        };
      };
      responses: {
        /** @description The topic in its new state */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/refuse': {
    /** The cell committee (or secretary) refuses with remarks */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TopicRemarkRequest'];
        };
      };
      responses: {
        /** @description The topic in its new state */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/close-comments': {
    /** Close the comment window */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyTopicRequest'];
        };
      };
      responses: {
        /** @description The topic in its new state */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/reopen-comments': {
    /** Reopen comments with a new due date */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReopenCommentsRequest'];
        };
      };
      responses: {
        /** @description The topic in its new state */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/start-draft2': {
    /** Start draft 2 from draft 1 and the comments */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyTopicRequest'];
        };
      };
      responses: {
        /** @description The topic in its new state */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/finalise': {
    /** Issue the finished topic to members and the committee */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyTopicRequest'];
        };
      };
      responses: {
        /** @description The topic in its new state */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/group-sendings': {
    /** Send the finished topic to the cell’s party groups, each to its leader (all not sent yet by default) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SendToGroupsRequest'];
        };
      };
      responses: {
        /** @description The topic, with where it was sent */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/committee-invitation': {
    /** The secretary (or deputy) invites the committee above to read and comment on the drafts */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Invited */
        201: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Withdraw the invitation to the committee above */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Withdrawn */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/meetings': {
    /** The cell’s minute book: its meetings by date, searchable */
    get: {
      parameters: {
        query?: {
          year?: number;
          q?: string;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The minute book */
        200: {
          content: {
            'application/json': components['schemas']['MinuteBook'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Schedule a meeting of the cell (agenda from seed 000’s procedure) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ScheduleMeetingRequest'];
        };
      };
      responses: {
        /** @description Scheduled */
        201: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/meetings/export': {
    /** The minute book of a year as an Excel workbook (.xlsx): a row per meeting, and each member’s attendance */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The workbook (.xlsx) */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/meeting-stats': {
    /** Per member over a year: meetings attended, absences with and without reason, speeches */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Statistics */
        200: {
          content: {
            'application/json': components['schemas']['MeetingStats'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}': {
    /** A meeting: schedule, agenda and clock, attendance, speakers, votes, assignments, minutes */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The meeting */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Change the schedule and the agenda (before it starts) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MeetingDetailsRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/events': {
    /** Server-sent events: `changed` each time the meeting changes (the console reloads it) */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description An event stream */
        200: {
          content: {
            'text/event-stream': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/notice': {
    /** Send the notice: members on the roll see the meeting */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyMeetingRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/roles': {
    /** Set the chair and appoint the minute-taker */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MeetingRolesRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/attendance/{personId}': {
    /** Mark a member present, absent with reason or without */
    put: {
      parameters: {
        path: {
          id: string;
          personId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AttendanceRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/guests': {
    /** Add a delegate or a non-member staff attendee */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['GuestRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/guests/{guestId}': {
    /** Remove a guest */
    delete: {
      parameters: {
        path: {
          id: string;
          guestId: string;
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/agenda/{itemId}/start': {
    /** Start an agenda item (its clock) */
    post: {
      parameters: {
        path: {
          id: string;
          itemId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyMeetingRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/agenda/{itemId}/end': {
    /** End an agenda item */
    post: {
      parameters: {
        path: {
          id: string;
          itemId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyMeetingRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/speeches': {
    /** Ask to speak (or put someone on the list) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SpeechRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/speeches/{speechId}': {
    /** Order the list, give the floor, note a speech */
    put: {
      parameters: {
        path: {
          id: string;
          speechId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SpeechUpdate'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/tasks': {
    /** Add an assignment from the conclusion */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TaskRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/tasks/{taskId}': {
    /** Remove an assignment */
    delete: {
      parameters: {
        path: {
          id: string;
          taskId: string;
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/conclusion': {
    /** Record the chair’s conclusion */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ConclusionRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/votes': {
    /** Record a vote: counts or named, against the rule’s base */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['VoteRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/commitments': {
    /** Record what the cell or a member will put into practice from the Hồ Chí Minh study (seed 002) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PracticeCommitmentRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/commitments/{commitmentId}/review': {
    /** Evaluate a practice commitment carried to this meeting; achieved closes it */
    post: {
      parameters: {
        path: {
          id: string;
          commitmentId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PracticeReviewRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/task-checks/{taskId}': {
    /** Check an earlier meeting’s assignment at this meeting: done, in progress, or not done with the reason (seed 002) */
    put: {
      parameters: {
        path: {
          id: string;
          taskId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TaskCheckRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/minutes/draft': {
    /** Write the minutes from the console (until signed) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyMeetingRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/minutes': {
    /** Edit the minutes (until the first signature) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MinutesRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/minutes/sign': {
    /** Sign the minutes as chair or minute-taker */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyMeetingRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/evaluation': {
    /** The secretary’s evaluation after the meeting: the preparers, the result, the lessons */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EvaluationRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/minutes/addenda': {
    /** Append a dated correction to signed minutes */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AddendumRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/lessons': {
    /** The lessons for this topic’s preparer: from the secretary’s evaluation of the cell’s latest evaluated meeting (seed 001) */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The lessons, or none yet */
        200: {
          content: {
            'application/json': components['schemas']['TopicLessons'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/start': {
    /** Start the meeting */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyMeetingRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/end': {
    /** End the meeting */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyMeetingRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/cancel': {
    /** Cancel the meeting */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EmptyMeetingRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/paper-meeting': {
    /** Enter a past meeting on the topic held on paper, with its signed minutes and the number present */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'multipart/form-data': components['schemas']['PaperMeetingForm'];
        };
      };
      responses: {
        /** @description The meeting, recorded as held on paper */
        201: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/paper-minutes': {
    /** Download the signed minutes of a meeting held on paper */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The file */
        200: {
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/meeting-calendar': {
    /** A committee’s calendar: the meetings of its whole subtree between two days (under three months), with the registered delegates */
    get: {
      parameters: {
        query: {
          /** @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh) */
          from: string;
          /** @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh) */
          to: string;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The calendar */
        200: {
          content: {
            'application/json': components['schemas']['MeetingCalendar'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/delegates': {
    /** Register oneself to attend as a delegate of a committee above the cell */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/delegates/me': {
    /** Withdraw one’s registration before the meeting starts */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/delegates/{guestId}': {
    /** Mark a registered delegate present or not (the console) */
    put: {
      parameters: {
        path: {
          id: string;
          guestId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DelegatePresenceRequest'];
        };
      };
      responses: {
        /** @description The meeting after the change */
        200: {
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/model': {
    /** A model meeting: the invitation (topic, day, place, purpose), the invited cells, the lessons */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The model meeting */
        200: {
          content: {
            'application/json': components['schemas']['ModelMeeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** A committee’s officer designates a cell’s thematic meeting as a model and invites other cells’ secretaries */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ModelMeetingRequest'];
        };
      };
      responses: {
        /** @description The model meeting */
        200: {
          content: {
            'application/json': components['schemas']['ModelMeeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Withdraw the designation before the meeting */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Withdrawn */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/model/lessons': {
    /** Record the lessons drawn after the meeting; the finished topic joins the library with them */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ModelMeetingLessonsRequest'];
        };
      };
      responses: {
        /** @description The model meeting */
        200: {
          content: {
            'application/json': components['schemas']['ModelMeeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/model/attend': {
    /** An invited secretary registers to attend as an observer */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The model meeting */
        200: {
          content: {
            'application/json': components['schemas']['ModelMeeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** An invited secretary withdraws their registration before the meeting starts */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The model meeting */
        200: {
          content: {
            'application/json': components['schemas']['ModelMeeting'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/tasks': {
    /** The cell’s assignments over a year and where each stands (checked at the next meeting) */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Assignments */
        200: {
          content: {
            'application/json': components['schemas']['CellTasks'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/tasks/export': {
    /** The cell’s assignments over a year as an Excel workbook (.xlsx): owner, due day, state, late */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The workbook (.xlsx) */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/me/tasks': {
    /** The assignments meetings gave me over a year, and the resolution reviews I have to write */
    get: {
      parameters: {
        query: {
          year: number;
        };
      };
      responses: {
        /** @description My assignments */
        200: {
          content: {
            'application/json': components['schemas']['MyTasks'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/tasks/{id}': {
    /** An assignment with every report on it */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The assignment */
        200: {
          content: {
            'application/json': components['schemas']['FollowUpTaskDetail'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/tasks/{id}/reports': {
    /** Report how an assignment stands: in progress, done, or not done (with why) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TaskReportRequest'];
        };
      };
      responses: {
        /** @description The assignment after the report */
        201: {
          content: {
            'application/json': components['schemas']['FollowUpTaskDetail'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/reviews': {
    /** The interim and final reviews of a resolution topic */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Reviews */
        200: {
          content: {
            'application/json': components['schemas']['TopicReviews'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Plan an interim (sơ kết) or the final (tổng kết) review of an issued resolution */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PlanReviewRequest'];
        };
      };
      responses: {
        /** @description Planned */
        201: {
          content: {
            'application/json': components['schemas']['ResolutionReview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/reviews/{id}': {
    /** A review: its parts and the resolution’s tasks as they stand (or stood when issued) */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The review */
        200: {
          content: {
            'application/json': components['schemas']['ResolutionReview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Write the review (until it is issued) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReviewRequest'];
        };
      };
      responses: {
        /** @description The review after the change */
        200: {
          content: {
            'application/json': components['schemas']['ResolutionReview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Drop a review that was not issued */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Dropped */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/reviews/{id}/issue': {
    /** Issue the review as the cell’s numbered report (BC) to the committee above */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['IssueReviewRequest'];
        };
      };
      responses: {
        /** @description Issued */
        200: {
          content: {
            'application/json': components['schemas']['ResolutionReview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/received-reports': {
    /** A committee’s reports received from the units directly under it in a year, newest first, and its cells’ missing period reports */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Received */
        200: {
          content: {
            'application/json': components['schemas']['ReceivedReports'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/issued-reports/{id}/receipt': {
    /** The committee directly above marks an issued report received, with an optional remark the issuing unit sees (a later call changes the remark) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReportReceiptRequest'];
        };
      };
      responses: {
        /** @description Received */
        200: {
          content: {
            'application/json': components['schemas']['ReportReceipt'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/plans/{id}/document': {
    /** The annual plan as Word, PDF or a print view, in party format */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/guidance/{id}/document': {
    /** The committee’s guidance letter as Word, PDF or a print view */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/dispositions/document': {
    /** The table of comments on draft 1 and how each was taken in or answered */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/report/document': {
    /** The report of an ended meeting to the committee (preparation, conduct, results) */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/notice/document': {
    /** The notice of a meeting (Thông báo): content, time and place */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/minutes/document': {
    /** A meeting’s minutes (Biên bản) as Word, PDF or a print view, addenda after the signed text */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/issued-reports/{id}/document': {
    /** A report as the cell issued it (numbered, frozen when signed) */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/reviews/{id}/document': {
    /** The interim or final review of a resolution (Báo cáo sơ kết / tổng kết): the draft or the issued report */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/inspections/{id}/conclusion/document': {
    /** The conclusion of an inspection (Thông báo kết luận): as issued, frozen; before, the committee’s draft */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/document': {
    /** A topic’s text (a draft or the finished topic) as Word, PDF or a print view */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
          version?: string;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/report/document': {
    /** A cell’s quarterly progress report or its annual report of thematic meetings; for a committee, its report on its subtree (the draft, or as issued) */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
          year: number;
          quarter?: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members/{id}/scorecard/document': {
    /** A member’s participation in the year’s thematic meetings, for the year-end review */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members/{id}/scorecard/export': {
    /** A member’s scorecard of the year as an Excel workbook (.xlsx): the facts the scorecard shows */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The workbook (.xlsx) */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/year-review/document': {
    /** A cell’s year-end review: the members’ participation table or the cell’s self-assessment (frozen once final) */
    get: {
      parameters: {
        query: {
          format: 'docx' | 'pdf' | 'html';
          year: number;
          part: 'members' | 'cell';
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The document file */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
            'application/pdf': string;
            'text/html': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/report/issue': {
    /** Issue the report of an ended meeting to the committee above: numbered BC, frozen as issued */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['IssueMeetingReportRequest'];
        };
      };
      responses: {
        /** @description Issued */
        201: {
          content: {
            'application/json': components['schemas']['IssuedReport'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/report/issue': {
    /** Issue the cell’s quarterly or annual report (from the period’s last month); for a committee, its report on its subtree, by its officer, once its assessment is written */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['IssuePeriodReportRequest'];
        };
      };
      responses: {
        /** @description Issued */
        201: {
          content: {
            'application/json': components['schemas']['IssuedReport'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/issued-reports': {
    /** The reports a cell issued in a year (meetings, quarters, the year, resolution reviews) */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Issued */
        200: {
          content: {
            'application/json': components['schemas']['IssuedReports'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/issue': {
    /** The secretary issues a resolution topic as the cell’s Nghị quyết (NQ number), after the cell’s passed vote and the committee’s final approval */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['IssueResolutionRequest'];
        };
      };
      responses: {
        /** @description The topic, issued */
        200: {
          content: {
            'application/json': components['schemas']['TopicPreparation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/topics/{id}/resolution': {
    /** Where a resolution topic stands before it is issued: the adopting vote, the final approval, each decision adopted or not, and what is missing */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The resolution’s state */
        200: {
          content: {
            'application/json': components['schemas']['ResolutionState'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/notifications': {
    /** The signed-in person's notifications, newest first, with the unread count */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number | null;
        };
      };
      responses: {
        /** @description Notifications */
        200: {
          content: {
            'application/json': components['schemas']['NotificationList'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/notifications/read': {
    /** Mark notifications read: the listed ids, or all of them */
    post: {
      requestBody: {
        content: {
          'application/json': components['schemas']['MarkNotificationsReadRequest'];
        };
      };
      responses: {
        /** @description Marked */
        200: {
          content: {
            'application/json': components['schemas']['MarkNotificationsRead'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/notifications/events': {
    /** Server-sent events: `unread` with the new count each time a notification arrives */
    get: {
      responses: {
        /** @description An event stream */
        200: {
          content: {
            'text/event-stream': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/me/notification-settings': {
    /** Per kind, in-app only or also by e-mail; whether e-mail is on at all */
    get: {
      responses: {
        /** @description Settings */
        200: {
          content: {
            'application/json': components['schemas']['NotificationSettings'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Choose, per kind, in-app only or also by e-mail */
    put: {
      requestBody: {
        content: {
          'application/json': components['schemas']['NotificationSettingsRequest'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          content: {
            'application/json': components['schemas']['NotificationSettings'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/me/push-subscriptions': {
    /** Opt this browser in to web push (its PushSubscription, made with the server's VAPID key) */
    post: {
      requestBody: {
        content: {
          'application/json': components['schemas']['PushSubscriptionRequest'];
        };
      };
      responses: {
        /** @description Subscribed */
        200: {
          content: {
            'application/json': components['schemas']['NotificationSettings'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Opt this browser out of web push */
    delete: {
      requestBody: {
        content: {
          'application/json': components['schemas']['PushEndpointRequest'];
        };
      };
      responses: {
        /** @description Unsubscribed */
        200: {
          content: {
            'application/json': components['schemas']['NotificationSettings'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/me/calendar-feed': {
    /** Whether the signed-in user has a private calendar feed */
    get: {
      responses: {
        /** @description The feed */
        200: {
          content: {
            'application/json': components['schemas']['CalendarFeed'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** A new private calendar address (any earlier one stops working); shown once */
    post: {
      responses: {
        /** @description The new feed */
        200: {
          content: {
            'application/json': components['schemas']['CalendarFeed'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Revoke the private calendar address */
    delete: {
      responses: {
        /** @description Revoked */
        200: {
          content: {
            'application/json': components['schemas']['CalendarFeed'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/calendar/{file}': {
    /** A user's meetings as iCalendar (`/calendar/<token>.ics`); no session: the token is the key */
    get: {
      parameters: {
        path: {
          /** @description <token>.ics */
          file: string;
        };
      };
      responses: {
        /** @description iCalendar */
        200: {
          content: {
            'text/calendar': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/notice.ics': {
    /** The notice of a meeting as one calendar event (iCalendar, times in Asia/Ho_Chi_Minh) */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description iCalendar */
        200: {
          content: {
            'text/calendar': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/me/inbox': {
    /** The signed-in person's to-dos across all their units: overdue first, then by due day */
    get: {
      responses: {
        /** @description To-dos */
        200: {
          content: {
            'application/json': components['schemas']['Inbox'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/oversight': {
    /** A committee’s oversight of its subtree for a year: a row per direct child (cells, child committees rolled up), totals and charts */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The oversight table */
        200: {
          content: {
            'application/json': components['schemas']['Oversight'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/oversight/export': {
    /** The same oversight table as an Excel workbook (.xlsx), Vietnamese headers */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The workbook (.xlsx) */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/committee-report': {
    /** A committee’s quarterly (or annual) report on its subtree’s thematic meetings: the figures from the data, the officer’s text, the report once issued */
    get: {
      parameters: {
        query: {
          year: number;
          quarter?: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The report */
        200: {
          content: {
            'application/json': components['schemas']['CommitteeReport'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Save the committee’s assessment and recommendations of a period’s report (until it is issued) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CommitteeReportDraftRequest'];
        };
      };
      responses: {
        /** @description The report after the change */
        200: {
          content: {
            'application/json': components['schemas']['CommitteeReport'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/support': {
    /** Guidance of cells that struggle: a cell’s records with their visits, or a committee’s open records below it */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The records */
        200: {
          content: {
            'application/json': components['schemas']['SupportOverview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Mark a cell as needing guidance and assign who follows it (an officer of a committee above) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SupportMarkRequest'];
        };
      };
      responses: {
        /** @description Marked */
        201: {
          content: {
            'application/json': components['schemas']['SupportRecord'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/supports/{id}': {
    /** Reassign a guidance record, correct its reason, or end it with a closing note */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SupportChangeRequest'];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          content: {
            'application/json': components['schemas']['SupportRecord'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/supports/{id}/visits': {
    /** Record a guidance visit or note (the person assigned, or an officer above) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SupportEntryRequest'];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          content: {
            'application/json': components['schemas']['SupportEntry'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/commendations': {
    /** Commendations (biểu dương, khen thưởng) of a year: a committee’s for its subtree, a cell’s its own; or one member’s */
    get: {
      parameters: {
        query?: {
          year?: number;
          personId?: string | null;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The commendations */
        200: {
          content: {
            'application/json': components['schemas']['CommendationList'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Record a commendation of a unit, member or topic under the committee (its officers, or those above) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CommendationRequest'];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          content: {
            'application/json': components['schemas']['Commendation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/commendations/export': {
    /** The year’s commendations as an Excel workbook (.xlsx), Vietnamese headers */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The workbook (.xlsx) */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/commendations/{id}': {
    /** Correct a commendation (the committee’s officers), audited */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CommendationRequest'];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          content: {
            'application/json': components['schemas']['Commendation'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Withdraw a commendation recorded in error (the committee’s officers), audited */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Deleted */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/document-numbering': {
    /** A unit’s numbered series this year (or term): first number set, last issued, next */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The series */
        200: {
          content: {
            'application/json': components['schemas']['DocumentNumbering'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Sets the first number of a series for a unit that starts mid-year with paper documents (not at or below a number issued) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FirstNumberRequest'];
        };
      };
      responses: {
        /** @description The series after the change */
        200: {
          content: {
            'application/json': components['schemas']['DocumentNumbering'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/document-signer': {
    /** Who signs a committee’s documents (T/M …, title, name); null until set */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The signer */
        200: {
          content: {
            'application/json': components['schemas']['DocumentSigner'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Sets who signs the committee’s documents issued from now on (its officers; documents already issued keep theirs) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DocumentSignerRequest'];
        };
      };
      responses: {
        /** @description The signer after the change */
        200: {
          content: {
            'application/json': components['schemas']['DocumentSigner'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/inspections': {
    /** Inspections and supervisions: a committee’s (and those of the committees under it), or a cell’s (its own once the conclusion is issued) */
    get: {
      parameters: {
        query?: {
          year?: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The inspections */
        200: {
          content: {
            'application/json': components['schemas']['InspectionList'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Plan an inspection or supervision of a cell (the committee’s inspectors and officers) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InspectionPlanRequest'];
        };
      };
      responses: {
        /** @description Planned */
        201: {
          content: {
            'application/json': components['schemas']['Inspection'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/inspections/{id}': {
    /** One inspection: plan, visit, conclusion, requests and the cell’s answers */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The inspection */
        200: {
          content: {
            'application/json': components['schemas']['Inspection'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Correct the plan (kind, content, date, team) until the conclusion is issued */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InspectionPlanEditRequest'];
        };
      };
      responses: {
        /** @description Corrected */
        200: {
          content: {
            'application/json': components['schemas']['Inspection'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Withdraw a planned inspection, before its visit is recorded */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Deleted */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/inspections/{id}/visit': {
    /** Record (or correct) the visit: who went, the date, findings, assessment — until the conclusion */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InspectionVisitRequest'];
        };
      };
      responses: {
        /** @description Recorded */
        200: {
          content: {
            'application/json': components['schemas']['Inspection'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/inspections/{id}/conclusion': {
    /** Issue the conclusion with its requests to the cell: the committee’s numbered “Thông báo kết luận” (TB), frozen */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InspectionConclusionRequest'];
        };
      };
      responses: {
        /** @description Issued */
        200: {
          content: {
            'application/json': components['schemas']['Inspection'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/inspection-requests/{id}/answer': {
    /** The cell answers a request of the conclusion (its secretary or deputy) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InspectionAnswerRequest'];
        };
      };
      responses: {
        /** @description Answered */
        200: {
          content: {
            'application/json': components['schemas']['Inspection'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/inspection-requests/{id}/review': {
    /** The committee closes an answered request or asks again; the inspection closes with its last request */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InspectionReviewRequest'];
        };
      };
      responses: {
        /** @description Reviewed */
        200: {
          content: {
            'application/json': components['schemas']['Inspection'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/quality-rubric': {
    /** The quality rubric a unit uses (its own, its nearest committee’s, or the default), and the one above */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The rubric */
        200: {
          content: {
            'application/json': components['schemas']['QualityRubricView'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Save a committee’s rubric as a new version (an officer of the committee); past scores keep theirs */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['QualityRubricSaveRequest'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          content: {
            'application/json': components['schemas']['QualityRubricView'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/quality': {
    /** A meeting’s quality score: frozen once proposed, else a preview from its record */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The score */
        200: {
          content: {
            'application/json': components['schemas']['MeetingQuality'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** The secretary proposes an ended meeting’s quality score (manual criteria and a note) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MeetingQualityProposeRequest'];
        };
      };
      responses: {
        /** @description Proposed */
        200: {
          content: {
            'application/json': components['schemas']['MeetingQuality'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/meetings/{id}/quality/confirm': {
    /** The committee directly above confirms the proposed score, or adjusts criteria with a reason each */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MeetingQualityConfirmRequest'];
        };
      };
      responses: {
        /** @description Confirmed */
        200: {
          content: {
            'application/json': components['schemas']['MeetingQuality'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/year-review-thresholds': {
    /** The thresholds of the proposed participation level a unit uses (its own, its nearest committee’s, or the default) */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The thresholds */
        200: {
          content: {
            'application/json': components['schemas']['YearReviewThresholdsView'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** A committee’s officer sets the participation thresholds of its subtree */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['YearReviewThresholds'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          content: {
            'application/json': components['schemas']['YearReviewThresholdsView'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/year-review': {
    /** A cell’s year-end review of its thematic meetings: members’ participation and proposed level, the cell’s year */
    get: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The review */
        200: {
          content: {
            'application/json': components['schemas']['YearReview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/year-review/members/{personId}': {
    /** The cell’s committee records its assessment of a member (a level other than proposed needs a reason) */
    put: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
          personId: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['YearReviewAssessmentRequest'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          content: {
            'application/json': components['schemas']['YearReview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/year-review/self-assessment': {
    /** The secretary writes the cell’s self-assessment of its year (strengths, limitations, direction) */
    put: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['YearReviewSelfAssessmentRequest'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          content: {
            'application/json': components['schemas']['YearReview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/year-review/finalise': {
    /** The secretary finalises the review: documents frozen, it goes up with the annual report to the committee above */
    post: {
      parameters: {
        query: {
          year: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Finalised */
        200: {
          content: {
            'application/json': components['schemas']['YearReview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members/{id}/account/password-reset': {
    /** Reset a person’s password; they must choose their own at the next sign-in */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ResetPasswordRequest'];
        };
      };
      responses: {
        /** @description Reset */
        200: {
          content: {
            'application/json': components['schemas']['ResetPasswordResult'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members/{id}/account/disable': {
    /** Disable a person’s account: sign-in refused, every session ends */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Disabled */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/members/{id}/account/enable': {
    /** Re-enable a disabled account */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Enabled */
        204: {
          content: never;
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/search': {
    /** One search over what the user may see: topics, drafts sent to members, resolutions, minutes, issued reports, the library and people — tones and đ ignored, ranked, highlighted, by pages of 20 */
    get: {
      parameters: {
        query: {
          q: string;
          page?: number;
        };
      };
      responses: {
        /** @description The hits of the page */
        200: {
          content: {
            'application/json': components['schemas']['SearchResult'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/roster-import/template': {
    /** The roster template (.xlsx, Vietnamese headers) */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The template */
        200: {
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/roster-import/preview': {
    /** Read a roster file and say what each row would do; nothing is written */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'multipart/form-data': components['schemas']['RosterImportPreviewForm'];
        };
      };
      responses: {
        /** @description Every row’s result and the token */
        200: {
          content: {
            'application/json': components['schemas']['RosterImportPreview'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
  '/orgs/{id}/roster-import': {
    /** Import the previewed roster file in one transaction */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          'multipart/form-data': components['schemas']['RosterImportConfirmForm'];
        };
      };
      responses: {
        /** @description What was written */
        200: {
          content: {
            'application/json': components['schemas']['RosterImportSummary'];
          };
        };
        /** @description Invalid input */
        400: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found or not visible */
        404: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused by a rule or state */
        409: {
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    Health: {
      /** @enum {string} */
      status: 'ok' | 'down';
      /** @enum {string} */
      database: 'sqlite' | 'postgres';
    };
    Me: {
      id: string;
      username: string;
      isAdmin: boolean;
      /** @enum {string} */
      locale: 'vi' | 'en';
      /** @enum {string} */
      textSize: 'normal' | 'large' | 'xlarge';
      csrfToken: string;
      person: {
        id: string;
        fullName: string;
        status: string;
      } | null;
      units: {
        unitId: string;
        unitName: string;
        /** @enum {string} */
        unitKind: 'committee' | 'cell' | 'group';
        roles: string[];
      }[];
      canReadAudit: boolean;
      mustChangePassword: boolean;
    };
    Error: {
      error: {
        code: string;
        message: string;
        fields?: {
          [key: string]: string;
        };
      };
    };
    LoginRequest: {
      username: string;
      password: string;
    };
    LocaleRequest: {
      /** @enum {string} */
      locale: 'vi' | 'en';
    };
    TextSizeRequest: {
      /** @enum {string} */
      textSize: 'normal' | 'large' | 'xlarge';
    };
    ChangePasswordRequest: {
      currentPassword: string;
      newPassword: string;
    };
    OrgTreeUnit: {
      id: string;
      parentId: string | null;
      /** @enum {string} */
      kind: 'committee' | 'cell' | 'group';
      name: string;
      memberCount: number;
      childCount: number;
      canManage: boolean;
    };
    OrgUnitChoice: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'committee' | 'cell' | 'group';
      parentId: string | null;
      path: string[];
    };
    OrgUnitDetail: components['schemas']['OrgUnit'] & {
      ancestors: {
        id: string;
        name: string;
        /** @enum {string} */
        kind: 'committee' | 'cell' | 'group';
      }[];
      children: components['schemas']['OrgUnit'][];
      permissions: {
        manage: boolean;
        readMembers: boolean;
        manageMembers: boolean;
        importMembers: boolean;
        manageRoles: boolean;
        readAudit: boolean;
        readMeetingCalendar: boolean;
        readUpwardReport: boolean;
        readSupport: boolean;
        readInspections: boolean;
        readReceivedReports: boolean;
      };
      assignableRoles: (
        | 'secretary'
        | 'deputy'
        | 'committee_member'
        | 'group_leader'
        | 'officer'
        | 'inspector'
      )[];
    };
    OrgUnit: {
      id: string;
      parentId: string | null;
      /** @enum {string} */
      kind: 'committee' | 'cell' | 'group';
      name: string;
      shortName: string | null;
      place: string | null;
      numberingTermFrom: string | null;
      draftLeadDays: number;
      draftLeadDaysSet: boolean;
      commentReminderDays: number;
      commentReminderDaysSet: boolean;
      taskReminderDays: number;
      taskReminderDaysSet: boolean;
      memberCount: number;
      canManage: boolean;
    };
    CreateUnitRequest: {
      parentId: string | null;
      /** @enum {string} */
      kind: 'committee' | 'cell' | 'group';
      name: string;
      shortName?: string | null;
      place?: string | null;
    };
    UpdateUnitRequest: {
      name?: string;
      shortName?: string | null;
      place?: string | null;
      parentId?: string;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      numberingTermFrom?: string | null;
      draftLeadDays?: number | null;
      commentReminderDays?: number | null;
      taskReminderDays?: number | null;
    };
    MemberSummary: {
      id: string;
      fullName: string;
      /** @enum {string|null} */
      gender: 'male' | 'female' | null;
      birthDate: string | null;
      /** @enum {string} */
      status: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
      statusSince: string;
      unitId: string;
      unitName: string;
      groupId: string | null;
      groupName: string | null;
      joinedOn: string | null;
      officialOn: string | null;
      probationEndsOn: string | null;
      cardNumber: string | null;
      phone: string | null;
      roles: ('secretary' | 'deputy' | 'committee_member' | 'group_leader' | 'officer' | 'inspector')[];
    };
    Member: components['schemas']['MemberSummary'] & {
      email: string | null;
      periods: {
        id: string;
        unitId: string;
        unitName: string;
        /** @enum {string} */
        status: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
        startedOn: string;
        endedOn: string | null;
        note: string | null;
      }[];
      roleHistory: components['schemas']['RoleAssignment'][];
      account: {
        username: string;
        disabled: boolean;
        mustChangePassword: boolean;
        canManage: boolean;
      } | null;
      permissions: {
        manage: boolean;
        scorecard: boolean;
      };
      nextStatuses: ('official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff')[];
    };
    RoleAssignment: {
      id: string;
      personId: string;
      personName: string;
      unitId: string;
      unitName: string;
      /** @enum {string} */
      role: 'secretary' | 'deputy' | 'committee_member' | 'group_leader' | 'officer' | 'inspector';
      startedOn: string;
      endedOn: string | null;
    };
    CreateMemberRequest: {
      fullName: string;
      /** @enum {string|null} */
      gender?: 'male' | 'female' | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      birthDate?: string | null;
      phone?: string | null;
      email?: '' | string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      joinedOn?: string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      officialOn?: string | null;
      cardNumber?: string | null;
      groupId?: string | null;
      unitId: string;
      /** @enum {string} */
      status: 'official' | 'probationary' | 'exempt' | 'staff';
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      statusSince: string;
    };
    UpdateMemberRequest: {
      fullName?: string;
      /** @enum {string|null} */
      gender?: 'male' | 'female' | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      birthDate?: string | null;
      phone?: string | null;
      email?: '' | string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      joinedOn?: string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      officialOn?: string | null;
      cardNumber?: string | null;
      groupId?: string | null;
    };
    ChangeStatusRequest: {
      /** @enum {string} */
      status: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      on: string;
      note?: string | null;
    };
    TransferRequest: {
      toUnitId: string;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      on: string;
      note?: string | null;
    };
    CreateAccountRequest: {
      username: string;
      password: string;
    };
    AssignRoleRequest: {
      personId: string;
      /** @enum {string} */
      role: 'secretary' | 'deputy' | 'committee_member' | 'group_leader' | 'officer' | 'inspector';
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      startedOn: string;
    };
    EndRoleRequest: {
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      endedOn: string;
    };
    AuditEntry: {
      id: string;
      at: string;
      actorName: string | null;
      action: string;
      entityType: string;
      entityId: string;
      unitId: string | null;
      before?: unknown;
      after?: unknown;
    };
    Guidance: {
      id: string;
      committeeId: string;
      committeeName: string;
      year: number;
      referenceNumber: string;
      issuedOn: string;
      title: string;
      theme: string | null;
      documents: string[];
      topicGroups: string[];
      planDeadline: string;
      content: string | null;
      quarterReportDay: number | null;
      annualReportDueOn: string | null;
      canEdit: boolean;
    };
    GuidanceRequest: {
      year: number;
      /** @example 25-CV/ĐU */
      referenceNumber: string;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      issuedOn: string;
      title: string;
      theme?: string | null;
      documents: string[];
      topicGroups: string[];
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      planDeadline: string;
      content?: string | null;
      quarterReportDay?: number | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      annualReportDueOn?: string | null;
    };
    CommitteeReminderResult: {
      sent: number;
      sentAt: string;
    };
    CommitteeReminderRequest: {
      cellIds: string[];
      message: string;
    };
    CommitteeReminders: {
      year: number;
      items: {
        id: string;
        committee: {
          id: string;
          name: string;
        };
        cell: {
          id: string;
          name: string;
        };
        message: string;
        sentAt: string;
        sentByName: string | null;
      }[];
    };
    CellPlans: {
      year: number;
      permissions: {
        createPlan: boolean;
        issueGuidance: boolean;
        registerTopic: boolean;
        publishModel: boolean;
        remindCells: boolean;
      };
      parents: {
        id: string;
        name: string;
        deadline: string | null;
      }[];
      cells: {
        id: string;
        name: string;
        parent?: number;
        planId?: string;
        /** @enum {string} */
        status?: 'draft' | 'adopted' | 'submitted' | 'acknowledged' | 'returned';
        adoptedOn?: string;
        submittedAt?: string;
        reviewedAt?: string;
        overdueSteps?: number;
        reports?: number;
        reportsLastOn?: string;
        lateDays?: number;
        lateSubmitted?: boolean;
        remindedAt?: string;
        remindedBy?: string;
        reminderMessage?: string;
      }[];
      committees: {
        id: string;
        name: string;
        cells: number;
        plans: {
          none: number;
          draft: number;
          adopted: number;
          submitted: number;
          returned: number;
          acknowledged: number;
        };
        late?: number;
        overdueSteps?: number;
        overdueCells?: number;
        reports?: number;
      }[];
    };
    Plan: {
      id: string;
      cellId: string;
      cellName: string;
      year: number;
      /** @enum {string} */
      status: 'draft' | 'adopted' | 'submitted' | 'acknowledged' | 'returned';
      number: string | null;
      legalBases: string[];
      purpose: string | null;
      requirements: string | null;
      organisation: string | null;
      adoptedOn: string | null;
      submittedAt: string | null;
      reviewedAt: string | null;
      deadline: {
        on: string | null;
        late: components['schemas']['PlanLateness'];
      };
      reviewRemark: string | null;
      updatedAt: string;
      topics: components['schemas']['PlanTopic'][];
      events: {
        /** @enum {string} */
        action: 'adopt' | 'reopen' | 'submit' | 'acknowledge' | 'return';
        /** @enum {string} */
        fromStatus: 'draft' | 'adopted' | 'submitted' | 'acknowledged' | 'returned';
        /** @enum {string} */
        toStatus: 'draft' | 'adopted' | 'submitted' | 'acknowledged' | 'returned';
        remark: string | null;
        actorName: string | null;
        at: string;
      }[];
      checks: {
        errors: {
          code: string;
          quarter?: number;
          topic?: number;
        }[];
        warnings: {
          code: string;
          quarter?: number;
          topic?: number;
        }[];
      };
      people: {
        id: string;
        fullName: string;
      }[];
      permissions: {
        edit: boolean;
        review: boolean;
        actions: ('adopt' | 'reopen' | 'submit' | 'acknowledge' | 'return')[];
        publishTo: {
          id: string;
          name: string;
        }[];
      };
    };
    PlanLateness: {
      days: number;
      submitted: boolean;
    } | null;
    PlanTopic: {
      id: string;
      position: number;
      title: string;
      topicGroup: string | null;
      /** @enum {string} */
      kind: 'ho_chi_minh' | 'resolution' | 'other';
      workContent: string | null;
      quarter: number;
      meetingMonth: number | null;
      preparers: {
        id: string;
        fullName: string;
      }[];
      registrationId: string | null;
      modelId: string | null;
      steps: {
        /** @enum {string} */
        step: 'outline' | 'draft1' | 'comments' | 'draft2' | 'meeting';
        dueMonth: number;
        responsibleId: string | null;
        responsibleName: string | null;
        note: string | null;
      }[];
      preparation: {
        /** @enum {string|null} */
        status:
          | 'draft1_writing'
          | 'draft1_submitted'
          | 'draft1_refused'
          | 'draft1_approved'
          | 'distributed'
          | 'comments_closed'
          | 'draft2_writing'
          | 'draft2_submitted'
          | 'draft2_refused'
          | 'draft2_approved'
          | 'presented'
          | 'resolution_completed'
          | 'resolution_approved'
          | 'final'
          | null;
        progress: {
          /** @enum {string} */
          step: 'outline' | 'draft1' | 'comments' | 'draft2' | 'meeting';
          dueBy: string;
          /** @enum {string} */
          state: 'done' | 'pending' | 'overdue';
          doneOn: string | null;
          late: boolean;
        }[];
      } | null;
    };
    CreatePlanRequest: {
      year: number;
    };
    PlanRequest: {
      legalBases: string[];
      purpose?: string | null;
      requirements?: string | null;
      organisation?: string | null;
      topics: {
        id?: string | null;
        title: string;
        topicGroup?: string | null;
        /** @enum {string} */
        kind: 'ho_chi_minh' | 'resolution' | 'other';
        workContent?: string | null;
        quarter: number;
        preparerIds: string[];
        registrationId?: string | null;
        modelId?: string | null;
        steps?: {
          /** @enum {string} */
          step: 'outline' | 'draft1' | 'comments' | 'draft2' | 'meeting';
          dueMonth: number;
          responsibleId?: string | null;
          note?: string | null;
        }[];
      }[];
      expectedUpdatedAt?: string | null;
    };
    AdoptPlanRequest: {
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      adoptedOn: string;
    };
    EmptyRequest: Record<string, never>;
    PlanRemarkRequest: {
      remark?: string | null;
    };
    ReturnPlanRequest: {
      remark: string;
    };
    TopicRegistrations: {
      canRegister: boolean;
      registrations: components['schemas']['TopicRegistration'][];
    };
    TopicRegistration: {
      id: string;
      cellId: string;
      year: number;
      personId: string;
      personName: string;
      title: string;
      topicGroup: string | null;
      criterion: string | null;
      reason: string | null;
      preferredQuarter: number | null;
      usedInPlan: boolean;
      planTopicId: string | null;
      canWithdraw: boolean;
    };
    RegistrationRequest: {
      year: number;
      title: string;
      topicGroup?: string | null;
      criterion?: string | null;
      reason?: string | null;
      preferredQuarter?: number | null;
    };
    TopicModel: {
      id: string;
      committeeId: string;
      committeeName: string;
      sourceCellName: string | null;
      sourceTopicId: string | null;
      title: string;
      topicGroup: string | null;
      /** @enum {string} */
      kind: 'ho_chi_minh' | 'resolution' | 'other';
      workContent: string | null;
      publishedAt: string;
      lessons: string | null;
      canWithdraw: boolean;
    };
    PublishModelRequest: {
      topicId: string;
      committeeId: string;
    };
    MyAssignments: {
      year: number;
      topics: {
        topicId: string;
        title: string;
        quarter: number;
        /** @enum {string} */
        kind: 'ho_chi_minh' | 'resolution' | 'other';
        planId: string;
        /** @enum {string} */
        planStatus: 'draft' | 'adopted' | 'submitted' | 'acknowledged' | 'returned';
        cellName: string;
      }[];
      steps: {
        id: string;
        /** @enum {string} */
        step: 'outline' | 'draft1' | 'comments' | 'draft2' | 'meeting';
        dueMonth: number;
        note: string | null;
        topicId: string;
        topicTitle: string;
        planId: string;
        /** @enum {string} */
        planStatus: 'draft' | 'adopted' | 'submitted' | 'acknowledged' | 'returned';
        cellName: string;
      }[];
      reading: {
        topicId: string;
        title: string;
        cellName: string;
        /** @enum {string} */
        round: 'draft1' | 'draft2' | 'final';
        sentAt: string;
        openedAt: string | null;
        commentDueOn: string | null;
        commentsOpen: boolean;
        commented: boolean;
      }[];
      meetings: {
        meetingId: string;
        heldOn: string;
        startsAt: string;
        place: string;
        /** @enum {string} */
        status: 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
        topicId: string | null;
        topicTitle: string | null;
        cellName: string;
      }[];
    };
    TopicPreparation: {
      topic: {
        id: string;
        planId: string;
        year: number;
        /** @enum {string} */
        planStatus: 'draft' | 'adopted' | 'submitted' | 'acknowledged' | 'returned';
        cellId: string;
        cellName: string;
        title: string;
        /** @enum {string} */
        kind: 'ho_chi_minh' | 'resolution' | 'other';
        quarter: number;
        workContent: string | null;
      };
      /** @enum {string} */
      status:
        | 'draft1_writing'
        | 'draft1_submitted'
        | 'draft1_refused'
        | 'draft1_approved'
        | 'distributed'
        | 'comments_closed'
        | 'draft2_writing'
        | 'draft2_submitted'
        | 'draft2_refused'
        | 'draft2_approved'
        | 'presented'
        | 'resolution_completed'
        | 'resolution_approved'
        | 'final';
      started: boolean;
      preparers: {
        id: string;
        name: string;
      }[];
      briefing: {
        purpose: string | null;
        requirements: string | null;
        content: string | null;
        method: string | null;
        briefedOn: string | null;
      };
      dates: {
        outlineSavedAt: string | null;
        draft1ApprovedAt: string | null;
        distributedAt: string | null;
        commentDueOn: string | null;
        commentsClosedAt: string | null;
        draft2ApprovedAt: string | null;
        presentedOn: string | null;
        finalAt: string | null;
        finalNumber: number | null;
      };
      commentsOpen: boolean;
      steps: {
        /** @enum {string} */
        step: 'outline' | 'draft1' | 'comments' | 'draft2' | 'meeting';
        dueBy: string;
        /** @enum {string} */
        state: 'done' | 'pending' | 'overdue';
        doneOn?: string;
        late?: boolean;
        implied?: boolean;
        responsibleName: string | null;
      }[];
      versions: {
        id: string;
        /** @enum {string} */
        kind: 'outline' | 'draft';
        /** @enum {string|null} */
        round: 'draft1' | 'draft2' | 'final' | null;
        number: number;
        createdAt: string;
        authorName: string | null;
        sent: boolean;
      }[];
      outline: {
        id: string;
        number: number;
        html: string;
        createdAt: string;
      } | null;
      draft: {
        id: string;
        /** @enum {string|null} */
        round: 'draft1' | 'draft2' | 'final' | null;
        number: number;
        html: string;
        plainText: string;
        createdAt: string;
      } | null;
      comments: {
        id: string;
        personId: string;
        personName: string;
        body: string;
        quote: string | null;
        prefix: string | null;
        suffix: string | null;
        versionId: string;
        range: {
          start: number;
          end: number;
        } | null;
        createdAt: string;
        /** @enum {string|null} */
        disposition: 'accepted' | 'partly_accepted' | 'not_accepted' | null;
        explanation: string | null;
        disposedByName: string | null;
        disposedAt: string | null;
      }[];
      dispositionSummary: {
        total: number;
        accepted: number;
        partly_accepted: number;
        not_accepted: number;
        pending: number;
      };
      readers: {
        /** @enum {string} */
        round: 'draft1' | 'draft2' | 'final';
        personId: string;
        name: string;
        groupName: string | null;
        sentAt: string;
        openedAt: string | null;
        commented: boolean;
      }[];
      expectedReaderCount: number;
      myReading: {
        /** @enum {string} */
        round: 'draft1' | 'draft2' | 'final';
        sentAt: string;
        openedAt: string | null;
      }[];
      attachments: {
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        createdAt: string;
        uploadedByName: string | null;
      }[];
      meetings: {
        id: string;
        heldOn: string;
        startsAt: string;
        /** @enum {string} */
        status: 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
      }[];
      decisions: {
        id: string;
        number: number;
        text: string;
        ownerId: string | null;
        ownerName: string | null;
        dueOn: string | null;
        voted: boolean;
        adopted: boolean;
      }[];
      decisionOwners: {
        id: string;
        name: string;
      }[];
      attachmentRules: {
        maxBytes: number;
        accept: string[];
      };
      events: {
        id: string;
        /** @enum {string} */
        action:
          | 'submit'
          | 'withdraw'
          | 'approve'
          | 'refuse'
          | 'distribute'
          | 'close_comments'
          | 'reopen_comments'
          | 'start_draft2'
          | 'present'
          | 'finalise'
          | 'issue';
        fromStatus: string;
        toStatus: string;
        remark: string | null;
        versionId: string | null;
        selfApproval: boolean;
        actorName: string | null;
        at: string;
      }[];
      groups: {
        id: string;
        name: string;
        leaderName: string | null;
        sentOn: string | null;
      }[];
      myGroup: {
        name: string;
        leaderName: string | null;
        sentOn: string | null;
      } | null;
      committeeInvitation: {
        invitedAt: string;
        invitedByName: string | null;
      } | null;
      invitedGuest: boolean;
      permissions: {
        inviteCommittee: boolean;
        sendToGroups: boolean;
        actions: (
          | 'submit'
          | 'withdraw'
          | 'approve'
          | 'refuse'
          | 'distribute'
          | 'close_comments'
          | 'reopen_comments'
          | 'start_draft2'
          | 'present'
          | 'finalise'
          | 'issue'
        )[];
        brief: boolean;
        editOutline: boolean;
        editDraft: boolean;
        attach: boolean;
        comment: boolean;
        dispose: boolean;
        editDecisions: boolean;
        schedule: boolean;
      };
    };
    BriefingRequest: {
      purpose?: string | null;
      requirements?: string | null;
      content?: string | null;
      method?: string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      briefedOn?: string | null;
    };
    SaveVersionRequest: {
      /** @enum {string} */
      kind: 'outline' | 'draft';
      html: string;
      baseVersionId?: string | null;
    };
    TopicVersion: {
      id: string;
      /** @enum {string} */
      kind: 'outline' | 'draft';
      /** @enum {string|null} */
      round: 'draft1' | 'draft2' | 'final' | null;
      number: number;
      html: string;
      plainText: string;
      createdAt: string;
    };
    TopicVersionDiff: {
      from: components['schemas']['TopicVersion'];
      to: components['schemas']['TopicVersion'];
      segments: {
        /** @enum {string} */
        kind: 'same' | 'added' | 'removed';
        text: string;
      }[];
    };
    OpenedResponse: {
      recorded: number;
    };
    EmptyTopicRequest: Record<string, never>;
    CommentRequest: {
      body: string;
      anchor?: {
        quote: string;
        prefix: string;
        suffix: string;
      } | null;
    };
    DispositionRequest: {
      /** @enum {string} */
      disposition: 'accepted' | 'partly_accepted' | 'not_accepted';
      explanation?: string | null;
    };
    ResolutionDecisionRequest: {
      text: string;
      ownerId?: string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      dueOn?: string | null;
    };
    ApproveDraftRequest: {
      remark?: string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      commentDueOn?: string | null;
    };
    TopicRemarkRequest: {
      remark?: string | null;
    };
    ReopenCommentsRequest: {
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      commentDueOn: string;
    };
    SendToGroupsRequest: {
      groupIds?: string[] | null;
    };
    MinuteBook: {
      cellId: string;
      cellName: string;
      canSchedule: boolean;
      monthsWithoutRegular: string[];
      meetings: {
        id: string;
        heldOn: string;
        startsAt: string;
        place: string;
        /** @enum {string} */
        kind: 'thematic' | 'combined' | 'regular';
        /** @enum {string} */
        status: 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
        topicId: string | null;
        topicTitle: string | null;
        paperPresent: number | null;
        hoChiMinhStudy: boolean;
        minutesLocked: boolean;
        minutesNumber: number | null;
      }[];
    };
    Meeting: {
      id: string;
      cellId: string;
      cellName: string;
      topic: {
        id: string;
        title: string;
        /** @enum {string} */
        kind: 'ho_chi_minh' | 'resolution' | 'other';
        quarter: number;
      } | null;
      /** @enum {string} */
      kind: 'thematic' | 'combined' | 'regular';
      /** @enum {string} */
      partOrder: 'regular_first' | 'thematic_first';
      heldOn: string;
      startsAt: string;
      place: string;
      /** @enum {string} */
      status: 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
      chair: {
        id: string;
        name: string | null;
      } | null;
      minuteTaker: {
        id: string;
        name: string | null;
      } | null;
      noticeSentAt: string | null;
      noticeNumber: number | null;
      reportIssued: {
        id: string;
        number: number;
        issuedOn: string;
      } | null;
      evaluation: {
        preparer: string | null;
        result: string | null;
        lessons: string | null;
        updatedAt: string;
      } | null;
      /** @enum {string|null} */
      reportHold: 'MEETING_EVALUATION_MISSING' | null;
      taskChecks: {
        id: string;
        title: string;
        owner: {
          id: string;
          name: string;
        } | null;
        dueOn: string | null;
        assignedAt: {
          meetingId: string;
          heldOn: string;
          topicTitle: string | null;
        };
        before: {
          /** @enum {string} */
          state: 'open' | 'in_progress' | 'done' | 'not_done';
          overdue: boolean;
        };
        check: {
          /** @enum {string} */
          status: 'in_progress' | 'done' | 'not_done';
          note: string | null;
          reporterName: string | null;
          recordedAt: string;
        } | null;
      }[];
      startedAt: string | null;
      endedAt: string | null;
      conclusion: string | null;
      updatedAt: string;
      paper: {
        present: number;
        fileName: string | null;
        sizeBytes: number | null;
      } | null;
      agenda: {
        id: string;
        /** @enum {string} */
        part: 'opening' | 'thematic' | 'regular' | 'closing';
        /** @enum {string} */
        kind:
          | 'reason_and_delegates'
          | 'appoint_minute_taker'
          | 'attendance'
          | 'adopt_agenda'
          | 'purpose'
          | 'presentation'
          | 'discussion'
          | 'absorption'
          | 'regular_business'
          | 'practice_review'
          | 'ho_chi_minh_study'
          | 'evaluation'
          | 'conclusion'
          | 'assignments'
          | 'other'
          | 'professional';
        title: string | null;
        plannedMinutes: number;
        startedAt: string | null;
        endedAt: string | null;
      }[];
      agendaIssues: string[];
      thematicMinutes: number;
      studyTimeWarning: {
        /** @enum {string} */
        code: 'HO_CHI_MINH_UNDER_30';
        minutes: number;
        required: number;
      } | null;
      study: {
        minutes: number;
        required: number;
        recorded: boolean;
        short: boolean;
      } | null;
      practice: {
        commitments: {
          id: string;
          text: string;
          ownerId: string | null;
          ownerName: string | null;
          setOn: string;
          closedAt: string | null;
          closedOn: string | null;
        }[];
        carried: {
          id: string;
          text: string;
          ownerId: string | null;
          ownerName: string | null;
          setOn: string;
          closedAt: string | null;
          closedOn: string | null;
          reviews: {
            note: string;
            achieved: boolean;
            createdAt: string;
          }[];
        }[];
      };
      draftDistributedAt: string | null;
      draftLeadDays: number;
      draftLeadWarning: {
        /** @enum {string} */
        code: 'DRAFT_SENT_LATE';
        sentOn: string;
        days: number;
        required: number;
      } | null;
      attendance: {
        personId: string;
        name: string;
        groupName: string | null;
        /** @enum {string} */
        memberStatus: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
        /** @enum {string|null} */
        state: 'present' | 'absent_excused' | 'absent_unexcused' | null;
        reason: string | null;
        late: boolean;
        suspended: boolean;
      }[];
      counts: {
        total: number;
        official: number;
        probationary: number;
        exempt: number;
        present: number;
        absentExcused: number;
        absentUnexcused: number;
        unmarked: number;
        expected: number;
        rate: number | null;
      };
      guests: {
        id: string;
        /** @enum {string} */
        kind: 'delegate' | 'staff';
        fullName: string;
        title: string | null;
        unitName: string | null;
      }[];
      delegates: {
        id: string;
        personId: string;
        fullName: string;
        title: string | null;
        unitName: string | null;
        present: boolean;
        registeredAt: string;
      }[];
      speeches: {
        id: string;
        personId: string | null;
        guestId: string | null;
        speaker: string;
        /** @enum {string} */
        status: 'requested' | 'speaking' | 'done' | 'withdrawn';
        position: number;
        requestedAt: string;
        startedAt: string | null;
        endedAt: string | null;
        note: string | null;
      }[];
      tasks: {
        id: string;
        title: string;
        ownerId: string | null;
        ownerName: string | null;
        dueOn: string | null;
        decisionId: string | null;
      }[];
      decisions: {
        id: string;
        number: number;
        text: string;
        ownerName: string | null;
        dueOn: string | null;
        adopted: boolean;
      }[];
      votes: {
        id: string;
        subject: string;
        /** @enum {string} */
        mode: 'count' | 'named';
        for: number;
        against: number;
        abstain: number;
        base: number;
        needed: number;
        passed: boolean;
        decisionId: string | null;
        basis: {
          rule: string;
          counted: string[];
          setAside: {
            id: string;
            reason: string;
          }[];
          voters: string[];
        };
        createdAt: string;
      }[];
      voteRule: string;
      minutes: {
        text: string;
        /** @enum {string} */
        status: 'draft' | 'signed_by_one' | 'locked';
        chairSignedAt: string | null;
        minuteTakerSignedAt: string | null;
        textHash: string | null;
        lockedAt: string | null;
        number: number | null;
        updatedAt: string;
        addenda: {
          id: string;
          text: string;
          textHash: string;
          addedByName: string | null;
          addedAt: string;
        }[];
      } | null;
      model: {
        committeeName: string;
        purpose: string;
        lessons: string | null;
      } | null;
      me: {
        personId: string | null;
        onRoll: boolean;
        waitingToSpeak: boolean;
        registeredDelegate: boolean;
      };
      permissions: {
        manage: boolean;
        evaluate: boolean;
        record: boolean;
        actions: ('start' | 'end' | 'cancel')[];
        askToSpeak: boolean;
        sign: boolean;
        registerAsDelegate: boolean;
        designateModel: boolean;
        withdrawAsDelegate: boolean;
      };
    };
    ScheduleMeetingRequest: {
      topicId?: string | null;
      /** @enum {string} */
      kind: 'thematic' | 'combined' | 'regular';
      /** @enum {string|null} */
      partOrder?: 'regular_first' | 'thematic_first' | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      heldOn: string;
      /**
       * @description Local time HH:MM
       * @example 14:00
       */
      startsAt: string;
      place: string;
    };
    MeetingStats: {
      year: number;
      members: {
        personId: string;
        name: string;
        meetings: number;
        present: number;
        absentExcused: number;
        absentUnexcused: number;
        spoke: number;
      }[];
      exempt: {
        personId: string;
        name: string;
        meetings: number;
        present: number;
      }[];
    };
    MeetingDetailsRequest: components['schemas']['ScheduleMeetingRequest'] & {
      agenda: {
        /** @enum {string} */
        part: 'opening' | 'thematic' | 'regular' | 'closing';
        /** @enum {string} */
        kind:
          | 'reason_and_delegates'
          | 'appoint_minute_taker'
          | 'attendance'
          | 'adopt_agenda'
          | 'purpose'
          | 'presentation'
          | 'discussion'
          | 'absorption'
          | 'regular_business'
          | 'practice_review'
          | 'ho_chi_minh_study'
          | 'evaluation'
          | 'conclusion'
          | 'assignments'
          | 'other'
          | 'professional';
        title?: string | null;
        minutes: number;
      }[];
      expectedUpdatedAt?: string | null;
    };
    EmptyMeetingRequest: Record<string, never>;
    MeetingRolesRequest: {
      chairId?: string | null;
      minuteTakerId?: string | null;
    };
    AttendanceRequest: {
      /** @enum {string|null} */
      state: 'present' | 'absent_excused' | 'absent_unexcused' | null;
      reason?: string | null;
      late?: boolean;
      suspended?: boolean;
    };
    GuestRequest: {
      /** @enum {string} */
      kind: 'delegate' | 'staff';
      fullName: string;
      title?: string | null;
      unitName?: string | null;
    };
    SpeechRequest: {
      personId?: string | null;
      guestId?: string | null;
      /**
       * Format: uuid
       * @description A UUID made by the client; a replay with the same id and content changes nothing
       */
      clientId?: string;
    };
    SpeechUpdate: {
      /** @enum {string} */
      status?: 'requested' | 'speaking' | 'done' | 'withdrawn';
      position?: number;
      note?: string | null;
    };
    TaskRequest: {
      title: string;
      ownerId?: string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      dueOn?: string | null;
      /**
       * Format: uuid
       * @description A UUID made by the client; a replay with the same id and content changes nothing
       */
      clientId?: string;
    };
    ConclusionRequest: {
      conclusion?: string | null;
    };
    VoteRequest: {
      subject: string;
      /** @enum {string} */
      mode: 'count' | 'named';
      tally?: {
        for: number;
        against: number;
        abstain: number;
      } | null;
      ballots?:
        | {
            personId: string;
            /** @enum {string} */
            choice: 'for' | 'against' | 'abstain';
          }[]
        | null;
      decisionId?: string | null;
    };
    PracticeCommitmentRequest: {
      text: string;
      ownerId?: string | null;
    };
    PracticeReviewRequest: {
      note: string;
      achieved: boolean;
    };
    TaskCheckRequest: {
      /** @enum {string} */
      status: 'in_progress' | 'done' | 'not_done';
      note?: string | null;
    };
    MinutesRequest: {
      text: string;
      expectedUpdatedAt?: string | null;
    };
    EvaluationRequest: {
      preparer?: string | null;
      result?: string | null;
      lessons?: string | null;
    };
    AddendumRequest: {
      text: string;
    };
    TopicLessons: {
      lessons: {
        meetingId: string;
        heldOn: string;
        topicTitle: string | null;
        text: string;
      } | null;
    };
    PaperMeetingForm: {
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      heldOn: string;
      present: number | null;
      /**
       * Format: binary
       * @description The signed minutes: PDF, Word or image, ≤ 10 MB
       */
      file?: string;
    };
    MeetingCalendar: {
      committeeId: string;
      committeeName: string;
      from: string;
      to: string;
      mayAttend: boolean;
      truncated: boolean;
      meetings: {
        id: string;
        cellId: string;
        cellName: string;
        parentId: string | null;
        parentName: string | null;
        /** @enum {string} */
        kind: 'thematic' | 'combined' | 'regular';
        /** @enum {string} */
        status: 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
        heldOn: string;
        startsAt: string;
        place: string;
        topicTitle: string | null;
        delegates: {
          personId: string;
          fullName: string;
          title: string | null;
          unitName: string | null;
        }[];
        model: boolean;
        registered: boolean;
        canRegister: boolean;
        canWithdraw: boolean;
      }[];
    };
    DelegatePresenceRequest: {
      present: boolean;
    };
    ModelMeeting: {
      meetingId: string;
      cellId: string;
      cellName: string;
      committeeId: string;
      committeeName: string;
      purpose: string;
      designatedAt: string;
      /** @enum {string} */
      kind: 'thematic' | 'combined' | 'regular';
      /** @enum {string} */
      status: 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
      heldOn: string;
      startsAt: string;
      place: string;
      topicTitle: string | null;
      topicId: string | null;
      invitedCells: {
        id: string;
        name: string;
      }[];
      observers: {
        personId: string;
        fullName: string;
        unitName: string | null;
      }[];
      lessons: string | null;
      lessonsAt: string | null;
      libraryModelId: string | null;
      attending: boolean;
      permissions: {
        openMeeting: boolean;
        withdraw: boolean;
        recordLessons: boolean;
        attend: boolean;
        leave: boolean;
      };
    };
    ModelMeetingRequest: {
      purpose: string;
      cellIds?: string[] | null;
    };
    ModelMeetingLessonsRequest: {
      lessons: string;
    };
    CellTasks: {
      year: number;
      tasks: components['schemas']['FollowUpTask'][];
      counts: components['schemas']['TaskCounts'];
    };
    FollowUpTask: {
      id: string;
      title: string;
      owner: {
        id: string;
        name: string;
      } | null;
      dueOn: string | null;
      meeting: {
        id: string;
        heldOn: string;
        topicId: string | null;
        topicTitle: string | null;
      };
      /** @enum {string} */
      state: 'open' | 'in_progress' | 'done' | 'not_done';
      overdue: boolean;
      doneLate: boolean;
      lastReportedOn: string | null;
      lastNote: string | null;
      mayReport: boolean;
    };
    TaskCounts: {
      total: number;
      done: number;
      inProgress: number;
      notDone: number;
      open: number;
      overdue: number;
    };
    MyTasks: {
      year: number;
      tasks: components['schemas']['FollowUpTask'][];
      reviews: {
        id: string;
        /** @enum {string} */
        kind: 'interim' | 'final';
        dueOn: string;
        /** @enum {string} */
        state: 'planned' | 'overdue' | 'issued';
        topic: {
          id: string;
          title: string;
        };
      }[];
    };
    FollowUpTaskDetail: components['schemas']['FollowUpTask'] & {
      reports: {
        id: string;
        /** @enum {string} */
        status: 'in_progress' | 'done' | 'not_done';
        note: string | null;
        reportedOn: string;
        reporterName: string | null;
        recordedAt: string;
      }[];
    };
    TaskReportRequest: {
      /** @enum {string} */
      status: 'in_progress' | 'done' | 'not_done';
      note?: string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      reportedOn?: string | null;
    };
    TopicReviews: {
      resolution: {
        kind: string;
        number: number | null;
        issuedOn: string | null;
      };
      mayPlan: boolean;
      reviews: components['schemas']['ReviewSummary'][];
      taskCounts: components['schemas']['TaskCounts'];
    };
    ReviewSummary: {
      id: string;
      /** @enum {string} */
      kind: 'interim' | 'final';
      dueOn: string;
      /** @enum {string} */
      state: 'planned' | 'overdue' | 'issued';
      number: number | null;
      issuedOn: string | null;
    };
    ResolutionReview: components['schemas']['ReviewSummary'] & {
      topic: {
        id: string;
        title: string;
        cellId: string;
      };
      resolution: {
        kind: string;
        number: number | null;
        issuedOn: string | null;
      };
      results: string | null;
      shortcomings: string | null;
      lessons: string | null;
      nextSteps: string | null;
      tasks: components['schemas']['FollowUpTask'][];
      taskCounts: components['schemas']['TaskCounts'];
      mayEdit: boolean;
      updatedAt: string;
    };
    PlanReviewRequest: {
      /** @enum {string} */
      kind: 'interim' | 'final';
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      dueOn: string;
    };
    ReviewRequest: {
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      dueOn: string;
      results?: string | null;
      shortcomings?: string | null;
      lessons?: string | null;
      nextSteps?: string | null;
      expectedUpdatedAt?: string | null;
    };
    IssueReviewRequest: Record<string, never>;
    ReceivedReports: {
      reports: components['schemas']['ReceivedReport'][];
      missing: {
        unit: {
          id: string;
          name: string;
        };
        year: number;
        quarter: number | null;
        dueOn: string;
        late: boolean;
      }[];
      mayReceive: boolean;
    };
    ReceivedReport: {
      id: string;
      unit: {
        id: string;
        name: string;
        /** @enum {string} */
        kind: 'committee' | 'cell' | 'group';
      };
      subject: string;
      number: number;
      title: string;
      issuedOn: string;
      /** @enum {string} */
      state: 'unread' | 'read' | 'received';
      receipt: components['schemas']['ReportReceipt'];
      period: {
        year: number;
        quarter: number | null;
      } | null;
      dueOn: string | null;
      late: boolean;
      yearReview: {
        year: number;
        finalisedAt: string | null;
      } | null;
    };
    ReportReceipt: {
      receivedAt: string;
      receivedBy: string | null;
      remark: string | null;
      remarkedAt: string | null;
      remarkedBy: string | null;
    } | null;
    ReportReceiptRequest: {
      /** @example Đề nghị chi bộ bổ sung số liệu quý 4. */
      remark?: string | null;
    };
    IssuedReport: {
      id: string;
      subject: string;
      number: number;
      title: string;
      issuedOn: string;
      issuedBy: string | null;
    };
    IssueMeetingReportRequest: Record<string, never>;
    IssuePeriodReportRequest: {
      year: number;
      quarter?: number | null;
    };
    IssuedReports: {
      reports: components['schemas']['CellIssuedReport'][];
      periods: components['schemas']['PeriodReportDue'][];
      mayIssue: boolean;
    };
    CellIssuedReport: components['schemas']['IssuedReport'] & {
      receipt: {
        receivedAt: string;
        receivedBy: string | null;
        remark: string | null;
        remarkedAt: string | null;
      } | null;
      dueOn: string | null;
      late: boolean;
    };
    PeriodReportDue: {
      year: number;
      quarter: number | null;
      dueOn: string;
      issuedOn: string | null;
      late: boolean;
      missing: boolean;
    };
    IssueResolutionRequest: Record<string, never>;
    ResolutionState: {
      vote: {
        heldOn: string;
        for: number;
        base: number;
      } | null;
      finalApproval: {
        approved: boolean;
        at: string | null;
        byName: string | null;
      };
      decisions: {
        id: string;
        number: number;
        text: string;
        ownerName: string | null;
        dueOn: string | null;
        adopted: boolean;
        vote: {
          heldOn: string;
          for: number;
          base: number;
          against: number;
          abstain: number;
          passed: boolean;
        } | null;
      }[];
      /** @enum {string|null} */
      missing: 'VOTE_MISSING' | 'DECISIONS_MISSING' | 'FINAL_APPROVAL_MISSING' | 'ALREADY_ISSUED' | null;
      issued: {
        number: number | null;
        at: string | null;
      } | null;
    };
    NotificationList: {
      items: components['schemas']['Notification'][];
      unread: number;
      total: number;
    };
    Notification: {
      id: string;
      /** @enum {string} */
      kind:
        | 'draft_distributed'
        | 'plan_returned'
        | 'minutes_to_sign'
        | 'task_assigned'
        | 'meeting_notice'
        | 'meeting_changed'
        | 'meeting_cancelled'
        | 'report_issued'
        | 'report_remark'
        | 'committee_reminder'
        | 'delegate_registered'
        | 'delegate_withdrawn'
        | 'reminder_comments'
        | 'reminder_meeting'
        | 'reminder_plan_step'
        | 'reminder_task'
        | 'reminder_review'
        | 'support_assigned'
        | 'support_entry'
        | 'committee_invited'
        | 'commendation_recorded'
        | 'inspection_concluded'
        | 'inspection_answered'
        | 'inspection_asked_again'
        | 'quality_proposed'
        | 'quality_confirmed'
        | 'quality_adjusted'
        | 'model_meeting_invited'
        | 'model_meeting_withdrawn'
        | 'year_review_finalised';
      unitId: string;
      unitName: string;
      params: {
        [key: string]: string | number | null;
      };
      /** @description The web client path to open, e.g. /topics/… */
      link: string;
      createdAt: string;
      readAt: string | null;
    };
    MarkNotificationsRead: {
      changed: number;
      unread: number;
    };
    MarkNotificationsReadRequest: {
      ids?: string[];
      all?: boolean;
    };
    NotificationSettings: {
      /** @description False when the server has no SMTP_URL: e-mail is off */
      emailEnabled: boolean;
      email: string | null;
      push: {
        /** @description The server's VAPID public key; null: web push is not set up */
        publicKey: string | null;
        /** @description How many of the person's browsers opted in */
        subscriptions: number;
      };
      kinds: {
        /** @enum {string} */
        kind:
          | 'draft_distributed'
          | 'plan_returned'
          | 'minutes_to_sign'
          | 'task_assigned'
          | 'meeting_notice'
          | 'meeting_changed'
          | 'meeting_cancelled'
          | 'report_issued'
          | 'report_remark'
          | 'committee_reminder'
          | 'delegate_registered'
          | 'delegate_withdrawn'
          | 'reminder_comments'
          | 'reminder_meeting'
          | 'reminder_plan_step'
          | 'reminder_task'
          | 'reminder_review'
          | 'support_assigned'
          | 'support_entry'
          | 'committee_invited'
          | 'commendation_recorded'
          | 'inspection_concluded'
          | 'inspection_answered'
          | 'inspection_asked_again'
          | 'quality_proposed'
          | 'quality_confirmed'
          | 'quality_adjusted'
          | 'model_meeting_invited'
          | 'model_meeting_withdrawn'
          | 'year_review_finalised';
        email: boolean;
      }[];
    };
    NotificationSettingsRequest: {
      kinds: {
        /** @enum {string} */
        kind:
          | 'draft_distributed'
          | 'plan_returned'
          | 'minutes_to_sign'
          | 'task_assigned'
          | 'meeting_notice'
          | 'meeting_changed'
          | 'meeting_cancelled'
          | 'report_issued'
          | 'report_remark'
          | 'committee_reminder'
          | 'delegate_registered'
          | 'delegate_withdrawn'
          | 'reminder_comments'
          | 'reminder_meeting'
          | 'reminder_plan_step'
          | 'reminder_task'
          | 'reminder_review'
          | 'support_assigned'
          | 'support_entry'
          | 'committee_invited'
          | 'commendation_recorded'
          | 'inspection_concluded'
          | 'inspection_answered'
          | 'inspection_asked_again'
          | 'quality_proposed'
          | 'quality_confirmed'
          | 'quality_adjusted'
          | 'model_meeting_invited'
          | 'model_meeting_withdrawn'
          | 'year_review_finalised';
        email: boolean;
      }[];
    };
    PushSubscriptionRequest: {
      /** Format: uri */
      endpoint: string;
      keys: {
        p256dh: string;
        auth: string;
      };
    };
    PushEndpointRequest: {
      endpoint: string;
    };
    CalendarFeed: {
      active: boolean;
      createdAt: string | null;
      /** @description Only when just created: the private address, shown once */
      path?: string;
      url?: string;
    };
    Inbox: {
      items: components['schemas']['InboxItem'][];
    };
    InboxItem: {
      /** @enum {string} */
      kind:
        | 'draft_to_approve'
        | 'draft_to_comment'
        | 'comments_to_dispose'
        | 'minutes_to_sign'
        | 'plan_returned'
        | 'plan_to_submit'
        | 'meeting_to_schedule'
        | 'notice_received'
        | 'task_due'
        | 'review_to_write'
        | 'report_to_issue'
        | 'evaluation_to_write'
        | 'committee_reminder'
        | 'plan_to_review'
        | 'report_unread'
        | 'cells_overdue'
        | 'support_assigned'
        | 'draft_invited'
        | 'inspection_request'
        | 'quality_to_confirm'
        | 'model_meeting_invited';
      /** @description What the text of the kind needs (web: inbox.kinds.<kind>) */
      params: {
        [key: string]: string | number | null;
      };
      unit: {
        id: string;
        name: string;
      };
      /** @description YYYY-MM-DD, or null when the item has no due day */
      dueOn: string | null;
      overdue: boolean;
      /** @description The web screen where the action is, e.g. /topics/… */
      link: string;
    };
    Oversight: {
      committee: {
        id: string;
        name: string;
      };
      year: number;
      /** @description YYYY-MM-DD */
      today: string;
      quarters: {
        quarter: number;
        /** @description YYYY-MM-DD */
        startsOn: string;
        /** @description YYYY-MM-DD */
        endsOn: string;
        ended: boolean;
        /** @description YYYY-MM-DD */
        reportDueOn: string;
      }[];
      /** @description YYYY-MM-DD */
      annualReportDueOn: string;
      rows: {
        id: string;
        name: string;
        /** @enum {string} */
        kind: 'cell' | 'committee';
        figures: components['schemas']['OversightFigures'];
      }[];
      totals: components['schemas']['OversightFigures'];
      charts: {
        thematicShare: {
          quarter: number;
          held: number;
          expected: number;
          /** @description A share 0–1 (3 decimals), null when nothing is expected */
          share: number | null;
        }[];
        attendance: {
          month: number;
          present: number;
          expected: number;
          /** @description A share 0–1 (3 decimals), null when nothing is expected */
          rate: number | null;
        }[];
        planStatus: {
          /** @enum {string} */
          status: 'none' | 'draft' | 'adopted' | 'submitted' | 'returned' | 'acknowledged';
          count: number;
        }[];
      };
    };
    OversightFigures: {
      /** @description Cells counted (1 for a cell row) */
      cells: number;
      quarters: {
        quarter: number;
        /** @description Cells held to the quarter (existing on its first day) */
        expected: number;
        /** @description Of those, cells that held an ended thematic or combined meeting */
        held: number;
        /** @description Cells that held none in a quarter that has ended */
        missed: number;
        /** @description A cell row: the first thematic meeting of the quarter; null for committees */
        meeting: {
          meetingId: string;
          /** @description YYYY-MM-DD */
          heldOn: string;
          topicTitle: string | null;
        } | null;
        /** @description A cell row: the quality level of the quarter’s thematic meeting (confirmed, else proposed); null otherwise */
        quality: {
          /** @enum {string} */
          level: 'good' | 'fair' | 'average' | 'poor';
          confirmed: boolean;
        } | null;
        /** @description Cells by the quarter’s quality level (Tốt, Khá, Trung bình, Kém) */
        levels: {
          good: number;
          fair: number;
          average: number;
          poor: number;
        };
      }[];
      months: {
        month: number;
        /** @description Cells held to the month (existing on its first day) */
        expected: number;
        /** @description Regular (or combined) meetings held */
        regularHeld: number;
        /** @description Cells that held a regular (or combined) meeting */
        cellsHeld: number;
        /** @description Hồ Chí Minh study minutes recorded, summed */
        studyMinutes: number;
        /** @description Meetings that recorded their study minutes */
        studyMeetings: number;
        /** @description Cells with a meeting whose study took under 30 minutes (seed 002) */
        cellsBelowStudyMinimum: number;
        attendance: {
          present: number;
          expected: number;
          /** @description A share 0–1 (3 decimals), null when nothing is expected */
          rate: number | null;
        };
      }[];
      plan: {
        /**
         * @description A cell’s plan; null for committees
         * @enum {string|null}
         */
        status: 'none' | 'draft' | 'adopted' | 'submitted' | 'returned' | 'acknowledged' | null;
        /** @description A cell’s plan deadline (its guidance); null for committees */
        deadline: string | null;
        counts: {
          none: number;
          draft: number;
          adopted: number;
          submitted: number;
          returned: number;
          acknowledged: number;
        };
        /** @description Cells whose plan was sent late or is not sent past the deadline */
        late: number;
      };
      overdueSteps: number;
      cellsWithOverdueSteps: number;
      attendance: {
        present: number;
        expected: number;
        /** @description A share 0–1 (3 decimals), null when nothing is expected */
        rate: number | null;
      };
      tasks: {
        open: number;
        overdue: number;
      };
      /** @description Resolution reviews planned, due by today and not issued */
      reviewsDue: number;
      reports: {
        quarters: {
          /** @description YYYY-MM-DD */
          dueOn: string;
          issued: number;
          late: number;
          missing: number;
          quarter: number;
        }[];
        annual: {
          /** @description YYYY-MM-DD */
          dueOn: string;
          issued: number;
          late: number;
          missing: number;
        };
      };
      /** @description The latest committee reminder to the cell (to any of the committee’s cells) */
      lastReminder: {
        sentAt: string;
        sentByName: string | null;
        message: string;
      } | null;
    };
    CommitteeReport: {
      committee: {
        id: string;
        name: string;
      };
      year: number;
      quarter: number | null;
      endedQuarters: number[];
      cells: {
        id: string;
        name: string;
        meetings: {
          quarter: number;
          meetingId: string;
          heldOn: string;
          topicTitle: string | null;
        }[];
        missedQuarters: number[];
        attendanceRate: number | null;
        tasks: {
          open: number;
          overdue: number;
        };
        report: {
          number: number | null;
          issuedOn: string | null;
          late: boolean;
        };
      }[];
      committees: (components['schemas']['CommitteeReportFigures'] & {
        id: string;
        name: string;
        upwardReport: {
          number: number;
          issuedOn: string;
        } | null;
      })[];
      totals: components['schemas']['CommitteeReportFigures'];
      draft: {
        assessment: string | null;
        recommendations: string | null;
        updatedAt: string | null;
      };
      issued: {
        id: string;
        number: number;
        numberText: string;
        title: string;
        issuedOn: string;
      } | null;
      opensOn: string;
      /** @enum {string|null} */
      missing: 'COMMITTEE_REPORT_ASSESSMENT_MISSING' | null;
      mayEdit: boolean;
      mayIssue: boolean;
    };
    CommitteeReportFigures: {
      cells: number;
      quarters: {
        quarter: number;
        held: number;
        missed: number;
      }[];
      attendanceRate: number | null;
      tasks: {
        open: number;
        overdue: number;
      };
      reports: {
        issued: number;
        late: number;
      };
    };
    CommitteeReportDraftRequest: {
      year: number;
      quarter?: number | null;
      assessment?: string | null;
      recommendations?: string | null;
      expectedUpdatedAt?: string | null;
    };
    SupportOverview: {
      /** @enum {string} */
      unitKind: 'cell' | 'committee';
      records: components['schemas']['SupportRecord'][];
      candidates: {
        id: string;
        name: string;
        /** @enum {string} */
        role: 'committee_member' | 'officer';
        unitName: string;
      }[];
      permissions: {
        mark: boolean;
      };
    };
    SupportRecord: {
      id: string;
      cellId: string;
      cellName: string;
      /** @enum {string} */
      status: 'open' | 'ended';
      reason: string;
      assignee: {
        id: string;
        name: string;
      };
      startedOn: string;
      markedByName: string | null;
      endedOn: string | null;
      endNote: string | null;
      endedByName: string | null;
      lastVisitOn: string | null;
      visitCount: number;
      visits: components['schemas']['SupportEntry'][];
      permissions: {
        manage: boolean;
        record: boolean;
      };
    };
    SupportEntry: {
      id: string;
      /** @enum {string} */
      kind: 'visit' | 'note';
      onDate: string;
      findings: string;
      advice: string | null;
      recordedByName: string | null;
      createdAt: string;
    };
    SupportMarkRequest: {
      reason: string;
      assigneeId: string;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      startedOn: string;
    };
    SupportChangeRequest: {
      assigneeId?: string | null;
      reason?: string | null;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      endedOn?: string | null;
      endNote?: string | null;
    };
    SupportEntryRequest: {
      /** @enum {string} */
      kind: 'visit' | 'note';
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      onDate: string;
      findings: string;
      advice?: string | null;
    };
    CommendationList: {
      /** @enum {string} */
      unitKind: 'cell' | 'committee' | 'group';
      commendations: components['schemas']['Commendation'][];
      subjects: {
        units: {
          id: string;
          name: string;
          unitName: string | null;
        }[];
        people: {
          id: string;
          name: string;
          unitName: string | null;
        }[];
        topics: {
          id: string;
          name: string;
          unitName: string | null;
        }[];
      };
      permissions: {
        write: boolean;
      };
    };
    Commendation: {
      id: string;
      committeeId: string;
      committeeName: string;
      /** @enum {string} */
      subjectKind: 'unit' | 'person' | 'topic';
      unitId: string;
      unitName: string;
      personId: string | null;
      personName: string | null;
      topicId: string | null;
      topicTitle: string | null;
      subject: string;
      /** @enum {string} */
      kind: 'praise' | 'reward';
      /** @enum {string} */
      form: 'certificate' | 'conference' | 'letter' | 'other';
      formOther: string | null;
      reason: string;
      decisionNumber: string;
      decisionDate: string;
      year: number;
    };
    CommendationRequest: {
      /** @enum {string} */
      subjectKind: 'unit' | 'person' | 'topic';
      unitId?: string | null;
      personId?: string | null;
      topicId?: string | null;
      /** @enum {string} */
      kind: 'praise' | 'reward';
      /** @enum {string} */
      form: 'certificate' | 'conference' | 'letter' | 'other';
      formOther?: string | null;
      reason: string;
      decisionNumber: string;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      decisionDate: string;
      year: number;
    };
    DocumentNumbering: {
      period: string;
      series: {
        kind: string;
        firstNumber: number | null;
        lastIssued: number | null;
        next: number;
      }[];
      canEdit: boolean;
    };
    FirstNumberRequest: {
      kind: string;
      firstNumber: number;
    };
    DocumentSigner: {
      signer: {
        /** @enum {string} */
        authority: 'T/M ĐẢNG ỦY' | 'T/M BAN THƯỜNG VỤ' | 'T/M BAN CHẤP HÀNH';
        /** @enum {string} */
        title: 'BÍ THƯ' | 'PHÓ BÍ THƯ' | 'KT. BÍ THƯ';
        name: string;
        setAt: string;
      } | null;
      signature: {
        authority: string;
        title: string;
        name: string | null;
      };
      canEdit: boolean;
    };
    DocumentSignerRequest: {
      /** @enum {string} */
      authority: 'T/M ĐẢNG ỦY' | 'T/M BAN THƯỜNG VỤ' | 'T/M BAN CHẤP HÀNH';
      /** @enum {string} */
      title: 'BÍ THƯ' | 'PHÓ BÍ THƯ' | 'KT. BÍ THƯ';
      name: string;
    };
    InspectionList: {
      /** @enum {string} */
      unitKind: 'cell' | 'committee';
      inspections: components['schemas']['InspectionSummary'][];
      cells: {
        id: string;
        name: string;
      }[];
      people: {
        id: string;
        name: string;
      }[];
      permissions: {
        plan: boolean;
      };
    };
    InspectionSummary: {
      id: string;
      committee: {
        id: string;
        name: string;
      };
      cell: {
        id: string;
        name: string;
      };
      year: number;
      /** @enum {string} */
      kind: 'inspection' | 'supervision';
      content: string;
      plannedOn: string;
      /** @enum {string} */
      status: 'planned' | 'visited' | 'concluded' | 'closed';
      visitedOn: string | null;
      conclusionNumber: string | null;
      conclusionIssuedOn: string | null;
      requestCount: number;
      openRequestCount: number;
      lateRequestCount: number;
      team: {
        id: string;
        name: string;
      }[];
    };
    Inspection: components['schemas']['InspectionSummary'] & {
      visitors: {
        id: string;
        name: string;
      }[];
      findings: string | null;
      assessment: string | null;
      /** @enum {string|null} */
      rubricLevel: 'good' | 'fair' | 'average' | 'poor' | null;
      proposedRubricLevel: {
        /** @enum {string|null} */
        level: 'good' | 'fair' | 'average' | 'poor' | null;
        meetings: number;
        from: string;
        to: string;
      } | null;
      conclusion: string | null;
      closedOn: string | null;
      requests: components['schemas']['InspectionRequest'][];
      candidates: {
        id: string;
        name: string;
      }[];
      permissions: {
        manage: boolean;
        answer: boolean;
        editPlan: boolean;
        deletePlan: boolean;
      };
    };
    InspectionRequest: {
      id: string;
      text: string;
      dueOn: string;
      /** @enum {string} */
      status: 'open' | 'answered' | 'closed';
      late: boolean;
      answer: string | null;
      answeredOn: string | null;
      answeredByName: string | null;
      reviewNote: string | null;
      closedOn: string | null;
    };
    InspectionPlanRequest: {
      cellId: string;
      /** @enum {string} */
      kind: 'inspection' | 'supervision';
      content: string;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      plannedOn: string;
      /** @default [] */
      teamIds?: string[];
    };
    InspectionPlanEditRequest: {
      /** @enum {string} */
      kind: 'inspection' | 'supervision';
      content: string;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      plannedOn: string;
      /** @default [] */
      teamIds?: string[];
    };
    InspectionVisitRequest: {
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      visitedOn: string;
      visitorIds: string[];
      findings: string;
      assessment?: string | null;
      /** @enum {string|null} */
      rubricLevel?: 'good' | 'fair' | 'average' | 'poor' | null;
    };
    InspectionConclusionRequest: {
      conclusion: string;
      /** @default [] */
      requests?: {
        text: string;
        /**
         * Format: date
         * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
         * @example 2026-01-15
         */
        dueOn: string;
      }[];
    };
    InspectionAnswerRequest: {
      answer: string;
      /**
       * Format: date
       * @description Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)
       * @example 2026-01-15
       */
      answeredOn: string;
    };
    InspectionReviewRequest: {
      /** @enum {string} */
      decision: 'close' | 'ask_again';
      note?: string | null;
    };
    QualityRubricView: {
      unitId: string;
      current: components['schemas']['QualityRubricInUse'];
      parent: components['schemas']['QualityRubricInUse'] & (Record<string, never> | null);
      canEdit: boolean;
    };
    QualityRubricInUse: {
      /** @enum {string} */
      source: 'own' | 'inherited' | 'default';
      orgId: string | null;
      orgName: string | null;
      version: number | null;
      rubric: components['schemas']['QualityRubric'];
    };
    QualityRubric: {
      points: {
        attendance: number;
        no_unexcused_absence: number;
        draft_in_time: number;
        study_time: number;
        members_spoke: number;
        conclusion_and_tasks: number;
        previous_tasks_checked: number;
        minutes_signed: number;
        evaluation_written: number;
        discussion_quality: number;
      };
      thresholds: {
        good: number;
        fair: number;
        average: number;
      };
    };
    QualityRubricSaveRequest: components['schemas']['QualityRubric'] & {
      basedOnParent?: boolean;
    };
    MeetingQuality: {
      meetingId: string;
      ended: boolean;
      /** @enum {string} */
      status: 'none' | 'proposed' | 'confirmed';
      rubric: {
        /** @enum {string} */
        source: 'own' | 'inherited' | 'default';
        orgName: string | null;
        version: number | null;
        thresholds: {
          good: number;
          fair: number;
          average: number;
        };
      };
      score: components['schemas']['QualityScore'];
      proposed: components['schemas']['QualityScore'] & (Record<string, never> | null);
      manual: {
        [key: string]: number;
      };
      note: string | null;
      proposedByName: string | null;
      proposedAt: string | null;
      confirmedByName: string | null;
      confirmedAt: string | null;
      permissions: {
        propose: boolean;
        confirm: boolean;
      };
    };
    QualityScore: {
      criteria: {
        /** @enum {string} */
        criterion:
          | 'attendance'
          | 'no_unexcused_absence'
          | 'draft_in_time'
          | 'study_time'
          | 'members_spoke'
          | 'conclusion_and_tasks'
          | 'previous_tasks_checked'
          | 'minutes_signed'
          | 'evaluation_written'
          | 'discussion_quality';
        /** @enum {string} */
        source: 'auto' | 'manual';
        applicable: boolean;
        max: number;
        auto: number | null;
        points: number;
        reason: string | null;
      }[];
      total: number;
      max: number;
      percent: number;
      /** @enum {string} */
      level: 'good' | 'fair' | 'average' | 'poor';
    };
    MeetingQualityProposeRequest: {
      manual: {
        attendance?: number;
        no_unexcused_absence?: number;
        draft_in_time?: number;
        study_time?: number;
        members_spoke?: number;
        conclusion_and_tasks?: number;
        previous_tasks_checked?: number;
        minutes_signed?: number;
        evaluation_written?: number;
        discussion_quality?: number;
      };
      note?: string | null;
    };
    MeetingQualityConfirmRequest: {
      adjustments: {
        /** @enum {string} */
        criterion:
          | 'attendance'
          | 'no_unexcused_absence'
          | 'draft_in_time'
          | 'study_time'
          | 'members_spoke'
          | 'conclusion_and_tasks'
          | 'previous_tasks_checked'
          | 'minutes_signed'
          | 'evaluation_written'
          | 'discussion_quality';
        points: number;
        reason: string;
      }[];
    };
    YearReviewThresholdsView: {
      unitId: string;
      current: components['schemas']['YearReviewThresholdsInUse'];
      canEdit: boolean;
    };
    YearReviewThresholdsInUse: {
      /** @enum {string} */
      source: 'own' | 'inherited' | 'default';
      orgId: string | null;
      orgName: string | null;
      thresholds: components['schemas']['YearReviewThresholds'];
    };
    YearReviewThresholds: {
      active: {
        attendance: number;
        maxUnexcused: number;
        minContributions: number;
        maxLateTasks: number;
      };
      satisfactory: {
        attendance: number;
        maxUnexcused: number;
      };
    };
    YearReview: {
      cellId: string;
      year: number;
      /** @enum {string} */
      status: 'draft' | 'final';
      finalisedAt: string | null;
      thresholds: components['schemas']['YearReviewThresholdsInUse'] & {
        frozen: boolean;
      };
      members: components['schemas']['YearReviewMember'][];
      cell: {
        quarters: {
          quarter: number;
          thematic: number;
          regular: number;
          quality: {
            level: string;
            confirmed: boolean;
          } | null;
        }[];
        tasks: {
          total: number;
          done: number;
          inProgress: number;
          notDone: number;
          open: number;
          overdue: number;
        };
        selfAssessment: {
          strengths: string | null;
          limitations: string | null;
          direction: string | null;
        };
      } | null;
      permissions: {
        write: boolean;
        finalise: boolean;
        readAll: boolean;
      };
    };
    YearReviewMember: {
      personId: string;
      name: string;
      inCell: {
        from: string | null;
        to: string | null;
      };
      figures: {
        expected: number;
        attended: number;
        excused: number;
        unexcused: number;
        attendanceRate: number | null;
        spoke: number;
        draftsCommented: number;
        topicsPrepared: number;
        tasksDone: number;
        tasksLate: number;
        tasksOpen: number;
      };
      /** @enum {string|null} */
      proposed: 'active' | 'satisfactory' | 'unsatisfactory' | null;
      assessment: {
        /** @enum {string} */
        level: 'active' | 'satisfactory' | 'unsatisfactory';
        remark: string | null;
        reason: string | null;
        updatedAt: string;
      } | null;
    };
    YearReviewAssessmentRequest: {
      /** @enum {string} */
      level: 'active' | 'satisfactory' | 'unsatisfactory';
      remark?: string | null;
      reason?: string | null;
    };
    YearReviewSelfAssessmentRequest: {
      strengths?: string | null;
      limitations?: string | null;
      direction?: string | null;
    };
    ResetPasswordResult: {
      username: string;
      temporaryPassword: string | null;
    };
    ResetPasswordRequest: {
      password?: string;
    };
    SearchResult: {
      q: string;
      terms: string[];
      page: number;
      pageSize: number;
      total: number;
      hits: components['schemas']['SearchHit'][];
    };
    SearchHit: {
      /** @enum {string} */
      kind: 'topic' | 'draft' | 'resolution' | 'minutes' | 'report' | 'library' | 'person';
      id: string;
      unitId: string;
      unitName: string;
      date: string | null;
      title: components['schemas']['SearchSegment'][];
      snippet: components['schemas']['SearchSegment'][];
      link: string;
    };
    SearchSegment: {
      text: string;
      mark: boolean;
    };
    RosterImportPreview: {
      token: string;
      /** @enum {string} */
      format: 'xlsx' | 'csv';
      sheetName: string | null;
      ignoredSheets: string[];
      ignoredColumns: string[];
      counts: {
        new: number;
        update: number;
        unchanged: number;
        error: number;
      };
      rows: {
        line: number;
        /** @enum {string} */
        outcome: 'new' | 'update' | 'unchanged' | 'error';
        values: {
          fullName: string;
          birthDate: string | null;
          /** @enum {string|null} */
          gender: 'male' | 'female' | null;
          cardNumber: string | null;
          joinedOn: string | null;
          officialOn: string | null;
          /** @enum {string|null} */
          status: 'official' | 'probationary' | 'exempt' | null;
          /** @enum {string|null} */
          role: 'secretary' | 'deputy' | 'committee_member' | null;
          phone: string | null;
          email: string | null;
        };
        personId: string | null;
        changes: string[];
        statusChange: {
          /** @enum {string} */
          from: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
          /** @enum {string} */
          to: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
          on: string;
        } | null;
        /** @enum {string|null} */
        assignRole: 'secretary' | 'deputy' | 'committee_member' | null;
        errors: {
          /** @enum {string} */
          field:
            | 'fullName'
            | 'birthDate'
            | 'gender'
            | 'cardNumber'
            | 'joinedOn'
            | 'officialOn'
            | 'status'
            | 'role'
            | 'phone'
            | 'email';
          column: string;
          code: string;
          message: string;
        }[];
      }[];
    };
    RosterImportPreviewForm: {
      /**
       * Format: binary
       * @description The roster: .xlsx (first sheet read) or .csv in UTF-8, ≤ 2 MB, ≤ 1,000 rows
       */
      file?: string;
    };
    RosterImportSummary: {
      created: number;
      updated: number;
      unchanged: number;
      statusChanges: number;
      rolesAssigned: number;
    };
    RosterImportConfirmForm: {
      /**
       * Format: binary
       * @description The roster: .xlsx (first sheet read) or .csv in UTF-8, ≤ 2 MB, ≤ 1,000 rows
       */
      file?: string;
      token: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export type operations = Record<string, never>;
