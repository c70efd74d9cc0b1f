/** Pages and JSON API of requests, auctions and sellers: thin controllers over the module's use cases. */
@NullMarked
package org.cocreate.requests.web;

import org.jspecify.annotations.NullMarked;
