"""One module per view of the workspace; each exposes `router` (an APIRouter), included by
`marsad.web.app.create_app`. A view's data function serves its HTML page, its `.json` and `.csv`
twins (`marsad.web.pages.view`) and its `/api/v1` endpoints."""
