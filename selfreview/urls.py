"""/self-review/ and its sub-pages (in i18n_patterns, so /cy/self-review/ too)."""

from django.urls import path

from . import views

app_name = "selfreview"

urlpatterns = [
    path("", views.review_form, name="form"),
    path("results/", views.review_results, name="results"),
    path("save/", views.save_review, name="save"),
    path("saved/", views.saved_list, name="saved"),
    path("saved/<int:pk>/", views.saved_detail, name="saved_detail"),
    path("saved/<int:pk>/share/", views.share_review, name="share"),
    path("saved/<int:pk>/unshare/", views.revoke_share, name="unshare"),
    path("saved/<int:pk>/delete/", views.delete_review, name="delete"),
    path("shared/<str:token>/", views.shared_review, name="shared"),
]
