"""The office's endpoint for 1C's standard "exchange with a web site": 1C pushes its catalogue and
offers and takes the new orders over HTTP (``orderdesk exchange serve``). A WSGI application
(werkzeug) served by waitress; the work itself is done by the services."""
